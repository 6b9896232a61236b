import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { formAction } from '#lib/server/http/action.ts';
import { requireNewsletterAdmin } from '#lib/server/auth/permissions.ts';
import { draftIssue, newsletterOverview } from '#lib/server/newsletter/newsletter-issue.service.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { alliance, viewer } = requireNewsletterAdmin(locals, url);
	return newsletterOverview(getApp(), viewer, alliance.id);
};

export const actions: Actions = {
	draft: async ({ locals, url }) => {
		const { alliance, viewer } = requireNewsletterAdmin(locals, url);
		return formAction(null, async () => {
			const id = await draftIssue(
				getApp(),
				viewer,
				alliance.id,
				locals.locale === 'en' ? 'en' : 'de'
			);
			redirect(303, `${locals.prefix}/admin/newsletter/${id}`);
		});
	}
};
