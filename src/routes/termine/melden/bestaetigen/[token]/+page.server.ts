import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { allowAnyone, requireAlliance } from '#lib/server/auth/permissions.ts';
import { registrationSite } from '#lib/server/events/registration/registration.route.ts';
import {
	confirmSubmission,
	submissionByToken
} from '#lib/server/events/workflows/submission.service.ts';
import { formAction } from '#lib/server/http/action.ts';

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
		return formAction(null, async () => {
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
		});
	}
};
