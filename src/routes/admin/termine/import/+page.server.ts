import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import {
	createAction,
	loadFeeds,
	syncAction,
	staffImportScope
} from '#lib/server/events/import/import.route.ts';

export const load: PageServerLoad = async ({ locals, url }) =>
	loadFeeds(staffImportScope(getApp(), locals, url));

export const actions: Actions = {
	create: async ({ locals, url, request }) =>
		createAction(staffImportScope(getApp(), locals, url), request),
	sync: async ({ locals, url, request }) =>
		syncAction(staffImportScope(getApp(), locals, url), request)
};
