import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireAlliance } from '#lib/server/auth/permissions.ts';
import { projectsOfWorkingGroup } from '#lib/server/projects/project-public.service.ts';
import {
	canSeeMeetings,
	groupBySlug,
	publicMembers
} from '#lib/server/working-groups/working-group.service.ts';

/** Public description, contact and members (names only); meetings are for members. */
export const load: PageServerLoad = async ({ locals, params }) => {
	const alliance = requireAlliance(locals);
	const app = getApp();
	const group = await groupBySlug(app, alliance.id, params.slug);
	if (!group) error(404, { message: 'error.notFound' });
	const [members, projects, member] = await Promise.all([
		publicMembers(app, alliance.id, group.id),
		projectsOfWorkingGroup(app, alliance.id, group.id),
		locals.viewer ? canSeeMeetings(app, locals.viewer, alliance.id, group.id) : false
	]);
	return { group, members, projects, member };
};
