import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { fileOf, formAction } from '#lib/server/http/action.ts';
import { AppError } from '#lib/server/app-error.ts';
import { contentError } from '#lib/server/content/content-forms.ts';
import { requireEditor } from '#lib/server/auth/permissions.ts';
import { withoutPrefix } from '#lib/server/content/links.ts';
import { newsInputFromForm } from '#lib/server/content/news-form.route.ts';
import { newsFormSchema } from '#lib/server/content/news.schema.ts';
import { createNews } from '#lib/server/content/news-edit.service.ts';

export const load: PageServerLoad = ({ locals, url }) => {
	requireEditor(locals, url);
	return {};
};

export const actions: Actions = {
	default: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireEditor(locals, url);
		return formAction(request, newsFormSchema, async ({ data: typed, form }) => {
			const app = getApp();
			const data = { ...typed, body: withoutPrefix(typed.body, locals.prefix) };
			const image = fileOf(form, 'image');
			const built = await newsInputFromForm(app, alliance.id, viewer.userId, data, image);
			if (!built.ok) throw new AppError('INVALID', 'error.form', built.errors);
			const result = await createNews(app, alliance.id, viewer.userId, built.input);
			if (!result.ok) throw contentError(result.errors);
			redirect(303, `${locals.prefix}/admin/neuigkeiten?ok=news.created`);
		});
	}
};
