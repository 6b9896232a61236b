import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import {
	deleteAction,
	loadFeed,
	syncAction,
	updateAction,
	staffImportScope
} from '#lib/server/events/import/import.route.ts';

export const load: PageServerLoad = async ({ locals, url, params }) =>
	loadFeed(staffImportScope(getApp(), locals, url), params.id);

export const actions: Actions = {
	update: async ({ locals, url, request, params }) =>
		updateAction(staffImportScope(getApp(), locals, url), request, params.id),
	sync: async ({ locals, url, request, params }) =>
		syncAction(staffImportScope(getApp(), locals, url), request, params.id),
	delete: async ({ locals, url, request, params }) =>
		deleteAction(staffImportScope(getApp(), locals, url), request, params.id)
};
