import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireInternal } from '#lib/server/auth/permissions.ts';
import {
	deleteAction,
	loadFeed,
	syncAction,
	updateAction,
	type ImportScope
} from '#lib/server/events/import/import.route.ts';
import { partnerIdsOf } from '#lib/server/partners/partner-contact.service.ts';

/** One of the partner's own subscriptions; another partner's is a 404 (checked in the service). */
async function scope(locals: App.Locals, url: URL): Promise<ImportScope> {
	const { alliance, viewer } = requireInternal(locals, url);
	const app = getApp();
	return {
		ctx: app,
		allianceId: alliance.id,
		viewer,
		partnerIds: await partnerIdsOf(app, alliance.id, viewer),
		locale: locals.locale,
		basePath: '/intern/termine/import',
		prefix: locals.prefix
	};
}

export const load: PageServerLoad = async ({ locals, url, params }) =>
	loadFeed(await scope(locals, url), params.id);

export const actions: Actions = {
	update: async ({ locals, url, request, params }) =>
		updateAction(await scope(locals, url), request, params.id),
	sync: async ({ locals, url, request, params }) =>
		syncAction(await scope(locals, url), request, params.id),
	delete: async ({ locals, url, request, params }) =>
		deleteAction(await scope(locals, url), request, params.id)
};
