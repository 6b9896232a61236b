import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireEditor } from '#lib/server/auth/permissions.ts';
import {
	cancelPersonAction,
	loadRegistrationAdmin,
	saveSettingsAction
} from '#lib/server/events/registration/registration-admin.route.ts';

/** Registrations of an event: coordinators and editors (the service checks again). */
export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { alliance, viewer } = requireEditor(locals, url);
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
		const { alliance, viewer } = requireEditor(locals, url);
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
		const { alliance, viewer } = requireEditor(locals, url);
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
