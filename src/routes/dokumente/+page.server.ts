import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireAlliance } from '#lib/server/auth/permissions.ts';
import { listedDocumentsPage } from '#lib/server/uploads/upload.service.ts';

/** Documents the coordinators chose to list publicly, paged (?seite=2). */
export const load: PageServerLoad = async ({ locals, url }) => {
	const alliance = requireAlliance(locals);
	const raw = url.searchParams.get('seite');
	const page = raw === null ? 1 : /^\d{1,5}$/.test(raw) ? Number(raw) : NaN;
	if (!Number.isInteger(page) || page < 1) error(404, { message: 'error.notFound' });
	const docs = await listedDocumentsPage(getApp(), alliance.id, page);
	if (page > docs.pages) error(404, { message: 'error.notFound' });
	return {
		allianceName: alliance.name,
		page: docs.page,
		pages: docs.pages,
		documents: docs.items.map((d) => ({
			id: d.id,
			title: d.title || d.originalName,
			description: d.description,
			size: d.size,
			path: d.path,
			createdAt: d.createdAt
		}))
	};
};
