import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import {
	deleteAction,
	loadFeed,
	syncAction,
	updateAction,
	partnerImportScope
} from '#lib/server/events/import/import.route.ts';

export const load: PageServerLoad = async ({ locals, url, params }) =>
	loadFeed(await partnerImportScope(getApp(), locals, url), params.id);

export const actions: Actions = {
	update: async ({ locals, url, request, params }) =>
		updateAction(await partnerImportScope(getApp(), locals, url), request, params.id),
	sync: async ({ locals, url, request, params }) =>
		syncAction(await partnerImportScope(getApp(), locals, url), request, params.id),
	delete: async ({ locals, url, request, params }) =>
		deleteAction(await partnerImportScope(getApp(), locals, url), request, params.id)
};
