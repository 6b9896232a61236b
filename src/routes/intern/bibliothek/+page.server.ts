import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { fileOf, formAction } from '#lib/server/http/action.ts';
import { isEditor, requireEditor, requireInternal } from '#lib/server/auth/permissions.ts';
import { documentSchema, folderSchema } from '#lib/server/intern/intern.schema.ts';
import {
	addLibraryDocument,
	createFolder,
	library,
	removeFolder,
	removeLibraryDocument
} from '#lib/server/intern/intern.service.ts';
import { idSchema } from '#lib/server/http/id.schema.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { alliance, viewer } = requireInternal(locals, url);
	return { folders: await library(getApp(), viewer, alliance.id), canEdit: isEditor(viewer) };
};

export const actions: Actions = {
	folder: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireEditor(locals, url);
		return formAction(request, folderSchema, async ({ data }) => {
			await createFolder(getApp(), viewer, alliance.id, data);
			return { ok: true, success: 'intern.library.created' };
		});
	},
	upload: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireEditor(locals, url);
		return formAction(request, documentSchema, async ({ data, form }) => {
			await addLibraryDocument(getApp(), viewer, alliance.id, data, fileOf(form, 'file'));
			return { ok: true, success: 'intern.library.uploaded' };
		});
	},
	deleteDocument: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireEditor(locals, url);
		return formAction(request, idSchema, async ({ data }) => {
			await removeLibraryDocument(getApp(), viewer, alliance.id, data.id);
			return { ok: true, success: 'intern.library.deleted' };
		});
	},
	deleteFolder: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireEditor(locals, url);
		return formAction(request, idSchema, async ({ data }) => {
			await removeFolder(getApp(), viewer, alliance.id, data.id);
			return { ok: true, success: 'intern.library.deleted' };
		});
	}
};
