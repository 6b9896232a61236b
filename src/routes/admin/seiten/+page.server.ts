import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { formAction } from '#lib/server/http/action.ts';
import { AppError } from '#lib/server/app-error.ts';
import { requireEditor } from '#lib/server/auth/permissions.ts';
import { deletePage, movePage, setPagePublished } from '#lib/server/content/page-edit.service.ts';
import { pageTree } from '#lib/server/content/page.service.ts';

const NOTICES = new Set(['page.created', 'page.saved', 'content.deleted']);

export const load: PageServerLoad = async ({ locals, url }) => {
	const { alliance } = requireEditor(locals, url);
	const tree = await pageTree(getApp(), alliance.id);
	const ok = url.searchParams.get('ok');
	return {
		notice: ok && NOTICES.has(ok) ? ok : null,
		pages: tree.map((p) => ({
			id: p.id,
			title: p.title,
			path: p.path,
			kind: p.kind,
			published: p.published,
			inNav: p.inNav,
			children: p.children.map((c) => ({
				id: c.id,
				title: c.title,
				path: c.path,
				kind: c.kind,
				published: c.published,
				inNav: c.inNav
			}))
		}))
	};
};

function idOf(form: FormData): string {
	const id = form.get('id');
	return typeof id === 'string' ? id : '';
}

export const actions: Actions = {
	move: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireEditor(locals, url);
		return formAction(request, async ({ form }) => {
			const direction = form.get('direction') === 'up' ? 'up' : 'down';
			const result = await movePage(getApp(), alliance.id, viewer.userId, idOf(form), direction);
			if (!result.ok) throw new AppError('NOT_FOUND', result.error);
			redirect(303, `${locals.prefix}/admin/seiten#seite-${idOf(form)}`);
		});
	},
	publish: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireEditor(locals, url);
		return formAction(request, async ({ form }) => {
			const published = form.get('published') === '1';
			const result = await setPagePublished(
				getApp(),
				alliance.id,
				viewer.userId,
				idOf(form),
				published
			);
			if (!result.ok) throw new AppError('INVALID', result.error);
			redirect(303, `${locals.prefix}/admin/seiten#seite-${idOf(form)}`);
		});
	},
	delete: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireEditor(locals, url);
		return formAction(request, async ({ form }) => {
			const result = await deletePage(getApp(), alliance.id, viewer.userId, idOf(form));
			if (!result.ok) throw new AppError('INVALID', result.error);
			redirect(303, `${locals.prefix}/admin/seiten?ok=content.deleted`);
		});
	}
};
