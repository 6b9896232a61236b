import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireAlliance } from '#lib/server/auth/permissions.ts';
import { topicPage } from '#lib/server/topics/topic-page.service.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	const alliance = requireAlliance(locals);
	const page = await topicPage(getApp(), alliance.id, params.slug);
	if (!page) error(404, { message: 'error.notFound' });
	return page;
};
