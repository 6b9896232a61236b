import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireEditor } from '#lib/server/auth/permissions.ts';
import {
	deleteAction,
	loadFeed,
	syncAction,
	updateAction,
	type ImportScope
} from '#lib/server/events/import/import.route.ts';

/** One ICS subscription: coordinators and editors. */
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

export const load: PageServerLoad = async ({ locals, url, params }) =>
	loadFeed(scope(locals, url), params.id);

export const actions: Actions = {
	update: async ({ locals, url, request, params }) =>
		updateAction(scope(locals, url), request, params.id),
	sync: async ({ locals, url, request, params }) =>
		syncAction(scope(locals, url), request, params.id),
	delete: async ({ locals, url, request, params }) =>
		deleteAction(scope(locals, url), request, params.id)
};
