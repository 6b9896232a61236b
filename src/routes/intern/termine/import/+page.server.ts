import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import {
	createAction,
	loadFeeds,
	syncAction,
	partnerImportScope
} from '#lib/server/events/import/import.route.ts';

export const load: PageServerLoad = async ({ locals, url }) =>
	loadFeeds(await partnerImportScope(getApp(), locals, url));

export const actions: Actions = {
	create: async ({ locals, url, request }) =>
		createAction(await partnerImportScope(getApp(), locals, url), request),
	sync: async ({ locals, url, request }) =>
		syncAction(await partnerImportScope(getApp(), locals, url), request)
};
