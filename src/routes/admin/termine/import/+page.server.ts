import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireEditor } from '#lib/server/auth/permissions.ts';
import {
	createAction,
	loadFeeds,
	syncAction,
	type ImportScope
} from '#lib/server/events/import/import.route.ts';

/** ICS subscriptions of the whole alliance: coordinators and editors (the service checks again). */
function scope(locals: App.Locals, url: URL): ImportScope {
	const { alliance, viewer } = requireEditor(locals, url);
	return {
		ctx: getApp(),
		allianceId: alliance.id,
		viewer,
		partnerIds: null,
		locale: locals.locale,
		basePath: '/admin/termine/import',
		prefix: locals.prefix
	};
}

export const load: PageServerLoad = async ({ locals, url }) => loadFeeds(scope(locals, url));

export const actions: Actions = {
	create: async ({ locals, url, request }) => createAction(scope(locals, url), request),
	sync: async ({ locals, url, request }) => syncAction(scope(locals, url), request)
};
