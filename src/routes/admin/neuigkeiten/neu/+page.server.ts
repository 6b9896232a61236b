import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireEditor } from '#lib/server/auth/permissions.ts';
import {
	fileOf,
	formMessage,
	readUploadForm,
	toFieldErrors
} from '#lib/server/content/content-forms.ts';
import { withoutPrefix } from '#lib/server/content/links.ts';
import { newsInputFromForm } from '#lib/server/content/news-form.route.ts';
import { newsFormSchema } from '#lib/server/content/news.schema.ts';
import { createNews } from '#lib/server/content/news.service.ts';
import { formError, parseForm } from '#lib/server/http/forms.ts';

export const load: PageServerLoad = ({ locals, url }) => {
	requireEditor(locals, url);
	return {};
};

export const actions: Actions = {
	default: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireEditor(locals, url);
		const read = await readUploadForm(request);
		if (!read.ok) {
			const key = read.status === 413 ? 'upload.tooLarge' : 'error.badRequest';
			return formError(read.status, key, {});
		}
		const parsed = parseForm(newsFormSchema, read.form);
		if (!parsed.ok) return parsed.failure;
		const app = getApp();
		const data = { ...parsed.data, body: withoutPrefix(parsed.data.body, locals.prefix) };
		const built = await newsInputFromForm(
			app,
			alliance.id,
			viewer.userId,
			data,
			fileOf(read.form, 'image')
		);
		if (!built.ok) {
			return formError(400, 'error.form', read.form, toFieldErrors(built.errors));
		}
		const result = await createNews(app, alliance.id, viewer.userId, built.input);
		if (!result.ok) {
			return formError(400, formMessage(result.errors), read.form, toFieldErrors(result.errors));
		}
		redirect(303, `${locals.prefix}/admin/neuigkeiten?ok=news.created`);
	}
};
