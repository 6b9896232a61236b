import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { withPrefix } from '#lib/server/content/links.ts';
import { isEditor, requireAlliance } from '#lib/server/auth/permissions.ts';
import { findPageByPath } from '#lib/server/content/page.service.ts';
import { htmlToText } from '#lib/server/content/sanitize.ts';
import { ABOUT_SLUGS, allianceJsonLd } from '#lib/server/seo/structured-data.ts';

/** A page of the alliance by its path: /parent or /parent/child. Drafts only for editors. */
export const load: PageServerLoad = async ({ params, locals }) => {
	const alliance = requireAlliance(locals);
	const canEdit = isEditor(locals.viewer);
	const segments = params.path.split('/').filter(Boolean);
	const found = await findPageByPath(getApp(), alliance.id, segments, { includeDrafts: canEdit });
	if (!found) error(404, { message: 'error.notFound' });
	const { page, parent, children, draft } = found;
	return {
		page: {
			id: page.id,
			title: page.title,
			bodyHtml: withPrefix(page.bodyHtml, locals.prefix),
			path: page.path,
			description: page.summary || htmlToText(page.bodyHtml).slice(0, 160)
		},
		parent: parent && { title: parent.title, path: parent.path },
		children: children.map((c) => ({ title: c.title, path: c.path, summary: c.summary })),
		draft,
		canEdit,
		allianceName: alliance.name,
		// The about pages describe the alliance: its Organization for search engines.
		jsonLd: ABOUT_SLUGS.includes(segments[0] ?? '')
			? allianceJsonLd(getApp().publicUrl, alliance, locals.prefix)
			: null
	};
};
