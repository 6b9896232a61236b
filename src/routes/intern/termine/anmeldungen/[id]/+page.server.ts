import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireEditEvent, requireInternal } from '#lib/server/auth/permissions.ts';
import type { Viewer } from '#lib/server/auth/viewer.ts';
import { eventRef } from '#lib/server/events/workflows/moderation.service.ts';
import {
	cancelPersonAction,
	loadRegistrationAdmin,
	saveSettingsAction
} from '#lib/server/events/registration/registration-admin.route.ts';
import { partnerIdsOf } from '#lib/server/partners/partner-contact.service.ts';

/**
 * Registrations of one of the partner's own events (partner contacts; coordinators and editors
 * may look too). Another partner's event is a 404.
 */
async function guard(locals: App.Locals, url: URL, eventId: string) {
	const { alliance, viewer } = requireInternal(locals, url);
	const app = getApp();
	const ref = await eventRef(app, alliance.id, eventId);
	if (!ref) error(404, 'error.notFound');
	requireEditEvent(viewer, ref, await partnerIdsOf(app, alliance.id, viewer));
	return { alliance, viewer: viewer as Viewer };
}

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { alliance, viewer } = await guard(locals, url, params.id);
	return loadRegistrationAdmin({
		ctx: getApp(),
		alliance,
		viewer,
		eventId: params.id,
		locale: locals.locale
	});
};

export const actions: Actions = {
	settings: async ({ locals, url, params, request }) => {
		const { alliance, viewer } = await guard(locals, url, params.id);
		return saveSettingsAction({
			ctx: getApp(),
			alliance,
			viewer,
			eventId: params.id,
			locale: locals.locale,
			request,
			url,
			locals
		});
	},
	cancel: async ({ locals, url, params, request }) => {
		const { alliance, viewer } = await guard(locals, url, params.id);
		return cancelPersonAction({
			ctx: getApp(),
			alliance,
			viewer,
			eventId: params.id,
			locale: locals.locale,
			request,
			url,
			locals
		});
	}
};
