import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireEditor } from '#lib/server/auth/permissions.ts';
import { fileOf } from '#lib/server/http/action.ts';
import { readFormBody } from '#lib/server/http/forms.ts';
import { listImages, type StoredFile } from '#lib/server/uploads/upload.service.ts';
import { storeImage } from '#lib/server/uploads/upload-store.service.ts';

/** The rich-text editor's image picker: list the alliance's images, upload one with its alt text. */

const shape = (f: StoredFile) => ({
	id: f.id,
	path: f.path,
	alt: f.alt,
	width: f.width,
	height: f.height
});

export const GET: RequestHandler = async ({ locals, url }) => {
	const { alliance } = requireEditor(locals, url);
	const images = await listImages(getApp(), alliance.id);
	return json({ images: images.map(shape) }, { headers: { 'Cache-Control': 'no-store' } });
};

export const POST: RequestHandler = async ({ locals, url, request }) => {
	const { alliance, viewer } = requireEditor(locals, url);
	const read = await readFormBody(request);
	if (!read.ok) {
		return json(
			{ error: read.status === 413 ? 'upload.requestTooLarge' : 'error.badRequest' },
			{ status: read.status }
		);
	}
	const alt = String(read.form.get('alt') ?? '').trim();
	if (!alt) return json({ error: 'upload.altRequired' }, { status: 400 });
	const result = await storeImage(getApp(), alliance.id, viewer.userId, fileOf(read.form, 'file'), {
		alt
	});
	if (!result.ok) return json({ error: result.error }, { status: 400 });
	return json({ image: shape(result.file) }, { status: 201 });
};
