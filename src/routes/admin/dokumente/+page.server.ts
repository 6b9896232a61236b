import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { z } from 'zod';
import { getApp } from '#lib/server/app.ts';
import { fileOf, formAction } from '#lib/server/http/action.ts';
import { AppError } from '#lib/server/app-error.ts';
import { requireEditor } from '#lib/server/auth/permissions.ts';
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
		const upload = { request, fileField: 'file', tooLarge: 'upload.requestTooLarge' };
		return formAction(upload, documentFieldsSchema, async ({ data, form }) => {
			const app = getApp();
			const result = await storeDocument(
				app,
				alliance.id,
				viewer.userId,
				fileOf(form, 'file'),
				data
			);
			if (!result.ok) throw new AppError('INVALID', result.error, 'file');
			return tagged('upload', { ok: true, success: 'docs.uploaded' });
		});
	},
	update: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireEditor(locals, url);
		return formAction(request, documentUpdateSchema, async ({ data }) => {
			const { id, ...meta } = data;
			const done = await updateDocument(getApp(), alliance.id, viewer.userId, id, meta);
			if (!done) throw new AppError('NOT_FOUND', 'docs.notFound');
			return tagged('update', { ok: true, success: 'docs.saved' });
		});
	},
	delete: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireEditor(locals, url);
		return formAction(request, idSchema, async ({ data }) => {
			const result = await deleteFile(getApp(), alliance.id, viewer.userId, data.id);
			if (!result.ok) {
				if (result.error === 'upload.inUse') {
					return fail(409, {
						errors: {},
						values: {},
						message: 'upload.inUse',
						params: { uses: result.usedBy.map((u) => `„${u}“`).join(', ') }
					});
				}
				throw new AppError('NOT_FOUND', 'docs.notFound');
			}
			return tagged('delete', { ok: true, success: 'content.deleted' });
		});
	},
	uploadImage: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireEditor(locals, url);
		const upload = { request, fileField: 'imageFile' };
		return formAction(upload, imageFieldsSchema, async ({ data, form }) => {
			const file = fileOf(form, 'imageFile');
			const result = await storeImage(getApp(), alliance.id, viewer.userId, file, {
				alt: data.alt
			});
			if (!result.ok) throw new AppError('INVALID', result.error, 'imageFile');
			return tagged('uploadImage', { ok: true, success: 'docs.uploaded' });
		});
	},
	updateAlt: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireEditor(locals, url);
		return formAction(request, imageAltSchema, async ({ data }) => {
			const done = await updateImageAlt(getApp(), alliance.id, viewer.userId, data.id, data.alt);
			if (!done) throw new AppError('NOT_FOUND', 'docs.notFound');
			return tagged('updateAlt', { ok: true, success: 'docs.saved' });
		});
	}
};
