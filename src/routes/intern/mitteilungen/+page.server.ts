import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { formAction } from '#lib/server/http/action.ts';
import {
	isCoordinator,
	requireCoordinator,
	requireInternal
} from '#lib/server/auth/permissions.ts';
import { announcementSchema } from '#lib/server/intern/intern.schema.ts';
import {
	announcements,
	postAnnouncement,
	removeAnnouncement
} from '#lib/server/intern/intern.service.ts';
import { idSchema } from '#lib/server/http/id.schema.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { alliance, viewer } = requireInternal(locals, url);
	return {
		items: await announcements(getApp(), viewer, alliance.id),
		canPost: isCoordinator(viewer)
	};
};

export const actions: Actions = {
	post: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		return formAction(request, announcementSchema, async ({ data }) => {
			await postAnnouncement(getApp(), viewer, alliance.id, data);
			return { ok: true, success: 'intern.announcements.posted' };
		});
	},
	delete: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		return formAction(request, idSchema, async ({ data }) => {
			await removeAnnouncement(getApp(), viewer, alliance.id, data.id);
			return { ok: true, success: 'intern.announcements.deleted' };
		});
	}
};
