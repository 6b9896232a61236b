import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireAlliance } from '#lib/server/auth/permissions.ts';
import { isProjectStatus, PROJECT_STATUSES } from '#lib/server/projects/project.schema.ts';
import { publicProjects } from '#lib/server/projects/project-public.service.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const alliance = requireAlliance(locals);
	const raw = url.searchParams.get('stand');
	const status = isProjectStatus(raw) ? raw : undefined;
	return {
		status: status ?? '',
		statuses: PROJECT_STATUSES,
		projects: await publicProjects(getApp(), alliance.id, { status })
	};
};
