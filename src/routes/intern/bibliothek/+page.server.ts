import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { isEditor, requireEditor, requireInternal } from '#lib/server/auth/permissions.ts';
import { formError, parseForm, readForm } from '#lib/server/http/forms.ts';
import { documentSchema, folderSchema } from '#lib/server/intern/intern.schema.ts';
import {
	addLibraryDocument,
	createFolder,
	library,
	removeFolder,
	removeLibraryDocument
} from '#lib/server/intern/intern.service.ts';
import { attempt, fileOf } from '#lib/server/partners/partner-route.ts';
import { idSchema } from '#lib/server/http/id.schema.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { alliance, viewer } = requireInternal(locals, url);
	return { folders: await library(getApp(), viewer, alliance.id), canEdit: isEditor(viewer) };
};

export const actions: Actions = {
	folder: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireEditor(locals, url);
		const form = await readForm(request);
		if (!form) return formError(400, 'error.badRequest', {});
		const parsed = parseForm(folderSchema, form);
		if (!parsed.ok) return parsed.failure;
		const result = await attempt(form, () =>
			createFolder(getApp(), viewer, alliance.id, parsed.data)
		);
		if (!result.ok) return result.failure;
		return { ok: true, success: 'intern.library.created' };
	},
	upload: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireEditor(locals, url);
		const form = await readForm(request);
		if (!form) return formError(400, 'error.badRequest', {});
		const parsed = parseForm(documentSchema, form);
		if (!parsed.ok) return parsed.failure;
		const result = await attempt(form, () =>
			addLibraryDocument(getApp(), viewer, alliance.id, parsed.data, fileOf(form, 'file'))
		);
		if (!result.ok) return result.failure;
		return { ok: true, success: 'intern.library.uploaded' };
	},
	deleteDocument: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireEditor(locals, url);
		const form = await readForm(request);
		if (!form) return formError(400, 'error.badRequest', {});
		const parsed = parseForm(idSchema, form);
		if (!parsed.ok) return parsed.failure;
		const result = await attempt(form, () =>
			removeLibraryDocument(getApp(), viewer, alliance.id, parsed.data.id)
		);
		if (!result.ok) return result.failure;
		return { ok: true, success: 'intern.library.deleted' };
	},
	deleteFolder: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireEditor(locals, url);
		const form = await readForm(request);
		if (!form) return formError(400, 'error.badRequest', {});
		const parsed = parseForm(idSchema, form);
		if (!parsed.ok) return parsed.failure;
		const result = await attempt(form, () =>
			removeFolder(getApp(), viewer, alliance.id, parsed.data.id)
		);
		if (!result.ok) return result.failure;
		return { ok: true, success: 'intern.library.deleted' };
	}
};
