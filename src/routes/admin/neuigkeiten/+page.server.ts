import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { formAction } from '#lib/server/http/action.ts';
import { AppError } from '#lib/server/app-error.ts';
import { requireEditor } from '#lib/server/auth/permissions.ts';
import { deleteNews } from '#lib/server/content/news-delete.service.ts';
import { listAllNews } from '#lib/server/content/news-read.service.ts';

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
		return formAction(request, z.object({ id: z.uuid() }), async ({ data }) => {
			const done = await deleteNews(getApp(), alliance.id, viewer.userId, data.id);
			if (!done) throw new AppError('NOT_FOUND', 'news.notFound');
			redirect(303, `${locals.prefix}/admin/neuigkeiten?ok=content.deleted`);
		});
	}
};
