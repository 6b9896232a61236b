import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { formAction } from '#lib/server/http/action.ts';
import { contentError } from '#lib/server/content/content-forms.ts';
import { requireEditor } from '#lib/server/auth/permissions.ts';
import { withPrefix, withoutPrefix } from '#lib/server/content/links.ts';
import { updatePage } from '#lib/server/content/page-edit.service.ts';
import { pageFormSchema } from '#lib/server/content/page.schema.ts';
import { getPage, possibleParents } from '#lib/server/content/page.service.ts';

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
		return formAction(request, pageFormSchema, async ({ data }) => {
			const input = { ...data, body: withoutPrefix(data.body, locals.prefix) };
			const result = await updatePage(getApp(), alliance.id, viewer.userId, params.id, input);
			if (!result.ok) throw contentError(result.errors);
			return { ok: true, success: 'page.saved' };
		});
	}
};
