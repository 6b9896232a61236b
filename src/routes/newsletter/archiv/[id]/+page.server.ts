import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { allowPublicNewsletter } from '#lib/server/auth/permissions.ts';
import { archivedIssue } from '#lib/server/newsletter/newsletter-issue.service.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	const alliance = allowPublicNewsletter(locals);
	const issue = await archivedIssue(getApp(), alliance.id, params.id);
	if (!issue) error(404, 'error.notFound');
	return { issue };
};
