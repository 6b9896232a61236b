import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { withPrefix } from '#lib/server/content/links.ts';
import { isEditor, requireAlliance } from '#lib/server/auth/permissions.ts';
import { findNewsBySlug } from '#lib/server/content/news-read.service.ts';
import { htmlToText } from '#lib/server/content/sanitize.ts';

/** One news post; not yet published ones only for editors (with a banner). */
export const load: PageServerLoad = async ({ params, locals }) => {
	const alliance = requireAlliance(locals);
	const canEdit = isEditor(locals.viewer);
	const post = await findNewsBySlug(getApp(), alliance.id, params.slug, { includeDrafts: canEdit });
	if (!post) error(404, { message: 'error.notFound' });
	return {
		allianceName: alliance.name,
		canEdit,
		post: {
			id: post.id,
			title: post.title,
			summary: post.summary,
			bodyHtml: withPrefix(post.bodyHtml, locals.prefix),
			publishedAt: post.publishedAt,
			status: post.status,
			image: post.image,
			path: post.path,
			description: post.summary || htmlToText(post.bodyHtml).slice(0, 160)
		}
	};
};
