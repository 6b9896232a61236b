import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireEditor } from '#lib/server/auth/permissions.ts';
import { listProjectsAdmin } from '#lib/server/projects/project-admin.service.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { alliance, viewer } = requireEditor(locals, url);
	return { projects: await listProjectsAdmin(getApp(), viewer, alliance.id) };
};
