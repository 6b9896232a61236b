import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireAlliance } from '#lib/server/auth/permissions.ts';
import { publicProjects } from '#lib/server/projects/project-public.service.ts';

/** The good-practice list: completed projects the coordinators marked as worth copying. */
export const load: PageServerLoad = async ({ locals }) => {
	const alliance = requireAlliance(locals);
	return {
		projects: await publicProjects(getApp(), alliance.id, {
			status: 'completed',
			goodPractice: true
		})
	};
};
