import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { allowPublicNewsletter } from '#lib/server/auth/permissions.ts';
import { newsletterArchive } from '#lib/server/newsletter/newsletter-issue.service.ts';

export const load: PageServerLoad = async ({ locals }) => {
	const alliance = allowPublicNewsletter(locals);
	return { issues: await newsletterArchive(getApp(), alliance.id) };
};
