import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireEditor } from '#lib/server/auth/permissions.ts';
import {
	fileOf,
	formMessage,
	readUploadForm,
	toFieldErrors
} from '#lib/server/content/content-forms.ts';
import { withPrefix, withoutPrefix } from '#lib/server/content/links.ts';
import { newsInputFromForm } from '#lib/server/content/news-form.ts';
import { newsFormSchema } from '#lib/server/content/news.schema.ts';
import { getNews, updateNews } from '#lib/server/content/news.service.ts';
import { utcToLocal } from '#lib/server/content/time.ts';
import { updateImageAlt } from '#lib/server/uploads/upload-edit.service.ts';
import { formError, parseForm } from '#lib/server/http/forms.ts';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { alliance } = requireEditor(locals, url);
	const post = await getNews(getApp(), alliance.id, params.id);
	if (!post) error(404, { message: 'news.notFound' });
	return {
		post: {
			id: post.id,
			path: post.path,
			title: post.title,
			slug: post.slug,
			summary: post.summary,
			body: withPrefix(post.bodyHtml, locals.prefix),
			status: post.status === 'draft' ? ('draft' as const) : ('published' as const),
			publishAt: utcToLocal(post.publishedAt),
			image: post.image && { path: post.image.path, alt: post.image.alt }
		}
	};
};

export const actions: Actions = {
	default: async ({ locals, url, request, params }) => {
		const { alliance, viewer } = requireEditor(locals, url);
		const app = getApp();
		const existing = await getNews(app, alliance.id, params.id);
		if (!existing) error(404, { message: 'news.notFound' });
		const read = await readUploadForm(request);
		if (!read.ok) {
			const key = read.status === 413 ? 'upload.tooLarge' : 'error.badRequest';
			return formError(read.status, key, {});
		}
		const parsed = parseForm(newsFormSchema, read.form);
		if (!parsed.ok) return parsed.failure;
		const data = { ...parsed.data, body: withoutPrefix(parsed.data.body, locals.prefix) };
		const image = fileOf(read.form, 'image');
		const built = await newsInputFromForm(app, alliance.id, viewer.userId, data, image, existing);
		if (!built.ok) {
			return formError(400, 'error.form', read.form, toFieldErrors(built.errors));
		}
		const result = await updateNews(app, alliance.id, viewer.userId, existing.id, built.input);
		if (!result.ok) {
			return formError(400, formMessage(result.errors), read.form, toFieldErrors(result.errors));
		}
		// A changed description of the kept image is saved with it.
		if (!image && result.post.image && data.imageAlt && data.imageAlt !== result.post.image.alt) {
			await updateImageAlt(app, alliance.id, viewer.userId, result.post.image.id, data.imageAlt);
		}
		return { ok: true, success: 'news.saved' };
	}
};
