import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireAlliance } from '#lib/server/auth/permissions.ts';
import { publicProject } from '#lib/server/projects/project-public.service.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	const alliance = requireAlliance(locals);
	const project = await publicProject(getApp(), alliance.id, params.slug);
	if (!project) error(404, { message: 'error.notFound' });
	return { project };
};
