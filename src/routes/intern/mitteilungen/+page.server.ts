import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import {
	isCoordinator,
	requireCoordinator,
	requireInternal
} from '#lib/server/auth/permissions.ts';
import { formError, parseForm, readForm } from '#lib/server/http/forms.ts';
import { announcementSchema } from '#lib/server/intern/intern.schema.ts';
import {
	announcements,
	postAnnouncement,
	removeAnnouncement
} from '#lib/server/intern/intern.service.ts';
import { attempt } from '#lib/server/partners/partner-route.ts';
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
		const form = await readForm(request);
		if (!form) return formError(400, 'error.badRequest', {});
		const parsed = parseForm(announcementSchema, form);
		if (!parsed.ok) return parsed.failure;
		const result = await attempt(form, () =>
			postAnnouncement(getApp(), viewer, alliance.id, parsed.data)
		);
		if (!result.ok) return result.failure;
		return { ok: true, success: 'intern.announcements.posted' };
	},
	delete: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		const form = await readForm(request);
		if (!form) return formError(400, 'error.badRequest', {});
		const parsed = parseForm(idSchema, form);
		if (!parsed.ok) return parsed.failure;
		const result = await attempt(form, () =>
			removeAnnouncement(getApp(), viewer, alliance.id, parsed.data.id)
		);
		if (!result.ok) return result.failure;
		return { ok: true, success: 'intern.announcements.deleted' };
	}
};
