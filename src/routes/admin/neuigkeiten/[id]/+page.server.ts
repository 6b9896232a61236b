import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { fileOf, formAction } from '#lib/server/http/action.ts';
import { AppError } from '#lib/server/app-error.ts';
import { contentError } from '#lib/server/content/content-forms.ts';
import { requireEditor } from '#lib/server/auth/permissions.ts';
import { withPrefix, withoutPrefix } from '#lib/server/content/links.ts';
import { newsInputFromForm } from '#lib/server/content/news-form.route.ts';
import { newsFormSchema } from '#lib/server/content/news.schema.ts';
import { getNews } from '#lib/server/content/news-read.service.ts';
import { updateNews } from '#lib/server/content/news-edit.service.ts';
import { utcToLocal } from '#lib/server/content/time.ts';
import { updateImageAlt } from '#lib/server/uploads/upload-edit.service.ts';

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
		return formAction(request, newsFormSchema, async ({ data: typed, form }) => {
			const data = { ...typed, body: withoutPrefix(typed.body, locals.prefix) };
			const image = fileOf(form, 'image');
			const built = await newsInputFromForm(app, alliance.id, viewer.userId, data, image, existing);
			if (!built.ok) throw new AppError('INVALID', 'error.form', built.errors);
			const result = await updateNews(app, alliance.id, viewer.userId, existing.id, built.input);
			if (!result.ok) throw contentError(result.errors);
			// A changed description of the kept image is saved with it.
			const kept = result.post.image;
			if (!image && kept && data.imageAlt && data.imageAlt !== kept.alt) {
				await updateImageAlt(app, alliance.id, viewer.userId, kept.id, data.imageAlt);
			}
			return { ok: true, success: 'news.saved' };
		});
	}
};
