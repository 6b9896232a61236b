import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireAlliance } from '#lib/server/auth/permissions.ts';
import { publishedNewsPage } from '#lib/server/content/news-read.service.ts';

/** The public news list, ten per page (?seite=2). */
export const load: PageServerLoad = async ({ locals, url }) => {
	const alliance = requireAlliance(locals);
	const raw = url.searchParams.get('seite');
	const page = raw === null ? 1 : /^\d{1,5}$/.test(raw) ? Number(raw) : NaN;
	if (!Number.isInteger(page) || page < 1) error(404, { message: 'error.notFound' });
	const result = await publishedNewsPage(getApp(), alliance.id, page);
	if (page > result.pages) error(404, { message: 'error.notFound' });
	return {
		allianceName: alliance.name,
		page: result.page,
		pages: result.pages,
		posts: result.posts.map((p) => ({
			title: p.title,
			summary: p.summary,
			path: p.path,
			publishedAt: p.publishedAt,
			image: p.image
		}))
	};
};
