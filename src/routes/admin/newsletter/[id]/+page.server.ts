import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { formAction } from '#lib/server/http/action.ts';
import { requireNewsletterAdmin } from '#lib/server/auth/permissions.ts';
import { AppError, isAppError } from '#lib/server/app-error.ts';
import {
	deleteDraft,
	issueForEdit,
	newsletterOverview,
	previewIssue,
	saveIssue,
	sendIssue,
	sendTest
} from '#lib/server/newsletter/newsletter-issue.service.ts';
import { issueSchema } from '#lib/server/newsletter/newsletter.schema.ts';

const lang = (locale: string) => (locale === 'en' ? 'en' : 'de');

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { alliance, viewer } = requireNewsletterAdmin(locals, url);
	const app = getApp();
	const { topics } = await newsletterOverview(app, viewer, alliance.id);
	if (params.id === 'neu') {
		return { topics, issue: null, preview: null };
	}
	try {
		const issue = await issueForEdit(app, viewer, alliance.id, params.id);
		const preview = await previewIssue(app, viewer, alliance, params.id, lang(locals.locale));
		return { topics, issue, preview };
	} catch (e) {
		if (isAppError(e)) redirect(303, `${locals.prefix}/admin/newsletter`);
		throw e;
	}
};

export const actions: Actions = {
	save: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireNewsletterAdmin(locals, url);
		return formAction(request, issueSchema, async ({ data }) => {
			const id = await saveIssue(getApp(), viewer, alliance.id, data);
			redirect(303, `${locals.prefix}/admin/newsletter/${id}?gespeichert=1`);
		});
	},
	test: async ({ locals, url, params, request }) => {
		const { alliance, viewer } = requireNewsletterAdmin(locals, url);
		return formAction(request, async () => {
			await sendTest(getApp(), viewer, alliance, params.id, viewer.email, lang(locals.locale));
			return { success: 'newsletter.admin.testSent' };
		});
	},
	send: async ({ locals, url, params, request }) => {
		const { alliance, viewer } = requireNewsletterAdmin(locals, url);
		return formAction(request, async ({ form }) => {
			if (form.get('confirm') !== 'on') {
				throw new AppError('INVALID', 'error.form', { confirm: 'newsletter.admin.sendConfirm' });
			}
			await sendIssue(getApp(), viewer, alliance.id, params.id);
			return { success: 'newsletter.admin.sending' };
		});
	},
	delete: async ({ locals, url, params, request }) => {
		const { alliance, viewer } = requireNewsletterAdmin(locals, url);
		return formAction(request, async () => {
			await deleteDraft(getApp(), viewer, alliance.id, params.id);
			redirect(303, `${locals.prefix}/admin/newsletter`);
		});
	}
};
