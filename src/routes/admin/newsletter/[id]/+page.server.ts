import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireNewsletterAdmin } from '#lib/server/auth/permissions.ts';
import { isRuleError } from '#lib/server/auth/rule-error.ts';
import { ruleFailure } from '#lib/server/auth/rule-failure.ts';
import { formError, parseForm, readForm } from '#lib/server/http/forms.ts';
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
		if (isRuleError(e)) redirect(303, `${locals.prefix}/admin/newsletter`);
		throw e;
	}
};

async function attempt(form: FormData, run: () => Promise<unknown>) {
	try {
		await run();
		return null;
	} catch (e) {
		if (isRuleError(e)) return ruleFailure(e, form);
		throw e;
	}
}

export const actions: Actions = {
	save: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireNewsletterAdmin(locals, url);
		const form = await readForm(request);
		if (!form) return formError(400, 'error.badRequest', {});
		const parsed = parseForm(issueSchema, form);
		if (!parsed.ok) return parsed.failure;
		let id = '';
		const failed = await attempt(form, async () => {
			id = await saveIssue(getApp(), viewer, alliance.id, parsed.data);
		});
		if (failed) return failed;
		redirect(303, `${locals.prefix}/admin/newsletter/${id}?gespeichert=1`);
	},
	test: async ({ locals, url, params, request }) => {
		const { alliance, viewer } = requireNewsletterAdmin(locals, url);
		const form = (await readForm(request)) ?? new FormData();
		const failed = await attempt(form, () =>
			sendTest(getApp(), viewer, alliance, params.id, viewer.email, lang(locals.locale))
		);
		return failed ?? { success: 'newsletter.admin.testSent' };
	},
	send: async ({ locals, url, params, request }) => {
		const { alliance, viewer } = requireNewsletterAdmin(locals, url);
		const form = (await readForm(request)) ?? new FormData();
		if (form.get('confirm') !== 'on') {
			return formError(400, 'error.form', form, {
				confirm: { key: 'newsletter.admin.sendConfirm' }
			});
		}
		const failed = await attempt(form, () => sendIssue(getApp(), viewer, alliance.id, params.id));
		return failed ?? { success: 'newsletter.admin.sending' };
	},
	delete: async ({ locals, url, params, request }) => {
		const { alliance, viewer } = requireNewsletterAdmin(locals, url);
		const form = (await readForm(request)) ?? new FormData();
		const failed = await attempt(form, () => deleteDraft(getApp(), viewer, alliance.id, params.id));
		if (failed) return failed;
		redirect(303, `${locals.prefix}/admin/newsletter`);
	}
};
