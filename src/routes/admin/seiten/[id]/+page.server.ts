import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireEditor } from '#lib/server/auth/permissions.ts';
import { formMessage, toFieldErrors } from '#lib/server/content/content-forms.ts';
import { withPrefix, withoutPrefix } from '#lib/server/content/links.ts';
import { updatePage } from '#lib/server/content/page-edit.service.ts';
import { pageFormSchema } from '#lib/server/content/page.schema.ts';
import { getPage, possibleParents } from '#lib/server/content/page.service.ts';
import { formError, parseForm, readForm } from '#lib/server/http/forms.ts';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { alliance } = requireEditor(locals, url);
	const app = getApp();
	const page = await getPage(app, alliance.id, params.id);
	if (!page) error(404, { message: 'page.notFound' });
	const parents = await possibleParents(app, alliance.id, page.id);
	return {
		page: {
			id: page.id,
			kind: page.kind,
			path: page.path,
			title: page.title,
			slug: page.slug,
			summary: page.summary,
			body: withPrefix(page.bodyHtml, locals.prefix),
			parentId: page.parentId,
			published: page.published,
			inNav: page.inNav
		},
		parents: parents.map((p) => ({ id: p.id, title: p.title }))
	};
};

export const actions: Actions = {
	default: async ({ locals, url, request, params }) => {
		const { alliance, viewer } = requireEditor(locals, url);
		const form = await readForm(request);
		if (!form) return formError(400, 'error.badRequest', {});
		const parsed = parseForm(pageFormSchema, form);
		if (!parsed.ok) return parsed.failure;
		const input = { ...parsed.data, body: withoutPrefix(parsed.data.body, locals.prefix) };
		const result = await updatePage(getApp(), alliance.id, viewer.userId, params.id, input);
		if (!result.ok) {
			return formError(400, formMessage(result.errors), form, toFieldErrors(result.errors));
		}
		return { ok: true, success: 'page.saved' };
	}
};
