import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireInternal } from '#lib/server/auth/permissions.ts';
import {
	createAction,
	loadFeeds,
	syncAction,
	type ImportScope
} from '#lib/server/events/import/import.route.ts';
import { partnerIdsOf } from '#lib/server/partners/partner-contact.service.ts';

/** ICS subscriptions of the partners the person speaks for (the service checks each again). */
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

export const load: PageServerLoad = async ({ locals, url }) => loadFeeds(await scope(locals, url));

export const actions: Actions = {
	create: async ({ locals, url, request }) => createAction(await scope(locals, url), request),
	sync: async ({ locals, url, request }) => syncAction(await scope(locals, url), request)
};
