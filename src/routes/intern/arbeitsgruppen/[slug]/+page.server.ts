import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireInternal } from '#lib/server/auth/permissions.ts';
import { isAppError } from '#lib/server/app-error.ts';
import { meetingsOf } from '#lib/server/working-groups/meeting.service.ts';
import { groupBySlug } from '#lib/server/working-groups/working-group.service.ts';

/** A working group's meetings, for its members and the coordinators. */
export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { alliance, viewer } = requireInternal(locals, url);
	const app = getApp();
	const group = await groupBySlug(app, alliance.id, params.slug);
	if (!group) error(404, { message: 'error.notFound' });
	try {
		return {
			group: { name: group.name, slug: group.slug },
			meetings: await meetingsOf(app, viewer, alliance.id, group.id)
		};
	} catch (e) {
		if (isAppError(e)) error(e.status === 403 ? 403 : 404, { message: e.key });
		throw e;
	}
};
