import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { allowAnyone, requireAlliance } from '#lib/server/auth/permissions.ts';
import { isRuleError } from '#lib/server/auth/rule-error.ts';
import { registrationSite } from '#lib/server/events/registration/registration.route.ts';
import {
	confirmSubmission,
	submissionByToken
} from '#lib/server/events/workflows/submission.service.ts';
import { formError } from '#lib/server/http/forms.ts';

/**
 * The confirmation link from the mail: the token is the permission. Opening it changes nothing
 * (mail scanners open links); the button confirms.
 */
export const load: PageServerLoad = async ({ locals, params, setHeaders }) => {
	allowAnyone(locals);
	const alliance = requireAlliance(locals);
	setHeaders({ 'cache-control': 'private, no-store', 'x-robots-tag': 'noindex' });
	const locale = locals.locale === 'en' ? 'en' : 'de';
	return { submission: await submissionByToken(getApp(), alliance.id, params.token, locale) };
};

export const actions: Actions = {
	default: async (event) => {
		allowAnyone(event.locals);
		const alliance = requireAlliance(event.locals);
		try {
			const result = await confirmSubmission(
				getApp(),
				registrationSite(event.locals, alliance),
				alliance.id,
				event.params.token
			);
			return {
				ok: true,
				success: result.alreadyConfirmed ? 'submission.confirm.already' : 'submission.confirm.done'
			};
		} catch (e) {
			if (isRuleError(e)) return formError(e.status, e.key, {});
			throw e;
		}
	}
};
