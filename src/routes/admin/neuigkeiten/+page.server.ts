import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireEditor } from '#lib/server/auth/permissions.ts';
import { deleteNews, listAllNews } from '#lib/server/content/news.service.ts';
import { formError, parseForm, readForm } from '#lib/server/http/forms.ts';

const NOTICES = new Set(['news.created', 'news.saved', 'content.deleted']);

export const load: PageServerLoad = async ({ locals, url }) => {
	const { alliance } = requireEditor(locals, url);
	const posts = await listAllNews(getApp(), alliance.id);
	const ok = url.searchParams.get('ok');
	return {
		notice: ok && NOTICES.has(ok) ? ok : null,
		posts: posts.map((p) => ({
			id: p.id,
			title: p.title,
			path: p.path,
			status: p.status,
			publishedAt: p.publishedAt,
			updatedAt: p.updatedAt
		}))
	};
};

export const actions: Actions = {
	delete: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireEditor(locals, url);
		const form = await readForm(request);
		if (!form) return formError(400, 'error.badRequest', {});
		const parsed = parseForm(z.object({ id: z.uuid() }), form);
		if (!parsed.ok) return parsed.failure;
		const done = await deleteNews(getApp(), alliance.id, viewer.userId, parsed.data.id);
		if (!done) return formError(404, 'news.notFound', form);
		redirect(303, `${locals.prefix}/admin/neuigkeiten?ok=content.deleted`);
	}
};
