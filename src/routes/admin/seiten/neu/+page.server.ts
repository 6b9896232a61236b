import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { formAction } from '#lib/server/http/action.ts';
import { contentError } from '#lib/server/content/content-forms.ts';
import { requireEditor } from '#lib/server/auth/permissions.ts';
import { withoutPrefix } from '#lib/server/content/links.ts';
import { createPage } from '#lib/server/content/page-edit.service.ts';
import { pageFormSchema } from '#lib/server/content/page.schema.ts';
import { possibleParents } from '#lib/server/content/page.service.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { alliance } = requireEditor(locals, url);
	const parents = await possibleParents(getApp(), alliance.id);
	return { parents: parents.map((p) => ({ id: p.id, title: p.title })) };
};

export const actions: Actions = {
	default: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireEditor(locals, url);
		return formAction(request, pageFormSchema, async ({ data }) => {
			const input = { ...data, body: withoutPrefix(data.body, locals.prefix) };
			const result = await createPage(getApp(), alliance.id, viewer.userId, input);
			if (!result.ok) throw contentError(result.errors);
			redirect(303, `${locals.prefix}/admin/seiten?ok=page.created#seite-${result.page.id}`);
		});
	}
};
