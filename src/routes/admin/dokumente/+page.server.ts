import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { z } from 'zod';
import { getApp } from '#lib/server/app.ts';
import { requireEditor } from '#lib/server/auth/permissions.ts';
import { fileOf, readUploadForm } from '#lib/server/content/content-forms.ts';
import { formError, parseForm, readForm } from '#lib/server/http/forms.ts';
import { documentFieldsSchema, imageFieldsSchema } from '#lib/server/uploads/upload.schema.ts';
import {
	deleteFile,
	updateDocument,
	updateImageAlt
} from '#lib/server/uploads/upload-edit.service.ts';
import { listDocuments, listImages } from '#lib/server/uploads/upload.service.ts';
import { storeDocument, storeImage } from '#lib/server/uploads/upload-store.service.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { alliance } = requireEditor(locals, url);
	const app = getApp();
	const [documents, images] = await Promise.all([
		listDocuments(app, alliance.id),
		listImages(app, alliance.id)
	]);
	return {
		documents: documents.map((d) => ({
			id: d.id,
			title: d.title,
			description: d.description,
			listed: d.listed,
			size: d.size,
			path: d.path,
			originalName: d.originalName,
			createdAt: d.createdAt
		})),
		images: images.map((i) => ({
			id: i.id,
			alt: i.alt,
			path: i.path,
			width: i.width,
			height: i.height,
			size: i.size
		}))
	};
};

const idSchema = z.object({ id: z.uuid() });
const documentUpdateSchema = documentFieldsSchema.extend({ id: z.uuid() });
const imageAltSchema = imageFieldsSchema.extend({ id: z.uuid() });

/** The form's fields under the name of the action, so the page shows the message at the right form. */
const tagged = <T extends object>(action: string, data: T) => ({ ...data, action });

export const actions: Actions = {
	upload: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireEditor(locals, url);
		const read = await readUploadForm(request);
		if (!read.ok) {
			const key = read.status === 413 ? 'upload.requestTooLarge' : 'error.badRequest';
			return formError(read.status, key, {}, { file: { key } });
		}
		const parsed = parseForm(documentFieldsSchema, read.form);
		if (!parsed.ok) return parsed.failure;
		const result = await storeDocument(
			getApp(),
			alliance.id,
			viewer.userId,
			fileOf(read.form, 'file'),
			parsed.data
		);
		if (!result.ok) {
			return formError(400, result.error, read.form, { file: { key: result.error } });
		}
		return tagged('upload', { ok: true, success: 'docs.uploaded' });
	},
	update: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireEditor(locals, url);
		const form = await readForm(request);
		if (!form) return formError(400, 'error.badRequest', {});
		const parsed = parseForm(documentUpdateSchema, form);
		if (!parsed.ok) return parsed.failure;
		const { id, ...meta } = parsed.data;
		const done = await updateDocument(getApp(), alliance.id, viewer.userId, id, meta);
		if (!done) return formError(404, 'docs.notFound', form);
		return tagged('update', { ok: true, success: 'docs.saved' });
	},
	delete: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireEditor(locals, url);
		const form = await readForm(request);
		if (!form) return formError(400, 'error.badRequest', {});
		const parsed = parseForm(idSchema, form);
		if (!parsed.ok) return parsed.failure;
		const result = await deleteFile(getApp(), alliance.id, viewer.userId, parsed.data.id);
		if (!result.ok) {
			if (result.error === 'upload.inUse') {
				return fail(409, {
					errors: {},
					values: {},
					message: 'upload.inUse',
					params: { uses: result.usedBy.map((u) => `„${u}“`).join(', ') }
				});
			}
			return formError(404, 'docs.notFound', form);
		}
		return tagged('delete', { ok: true, success: 'content.deleted' });
	},
	uploadImage: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireEditor(locals, url);
		const read = await readUploadForm(request);
		if (!read.ok) {
			const key = read.status === 413 ? 'upload.tooLarge' : 'error.badRequest';
			return formError(read.status, key, {}, { imageFile: { key } });
		}
		const parsed = parseForm(imageFieldsSchema, read.form);
		if (!parsed.ok) return parsed.failure;
		const result = await storeImage(
			getApp(),
			alliance.id,
			viewer.userId,
			fileOf(read.form, 'imageFile'),
			{ alt: parsed.data.alt }
		);
		if (!result.ok) {
			return formError(400, result.error, read.form, { imageFile: { key: result.error } });
		}
		return tagged('uploadImage', { ok: true, success: 'docs.uploaded' });
	},
	updateAlt: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireEditor(locals, url);
		const form = await readForm(request);
		if (!form) return formError(400, 'error.badRequest', {});
		const parsed = parseForm(imageAltSchema, form);
		if (!parsed.ok) return parsed.failure;
		const done = await updateImageAlt(
			getApp(),
			alliance.id,
			viewer.userId,
			parsed.data.id,
			parsed.data.alt
		);
		if (!done) return formError(404, 'docs.notFound', form);
		return tagged('updateAlt', { ok: true, success: 'docs.saved' });
	}
};
