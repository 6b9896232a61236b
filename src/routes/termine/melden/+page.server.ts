import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { allowAnyone, requireAlliance } from '#lib/server/auth/permissions.ts';
import { calendarSettings } from '#lib/server/events/core/moderation.settings.ts';
import { registrationSite } from '#lib/server/events/registration/registration.route.ts';
import { formChoices } from '#lib/server/events/workflows/submission-options.route.ts';
import { parsePublicSubmission } from '#lib/server/events/workflows/submission-form.route.ts';
import { submitPublicEvent } from '#lib/server/events/workflows/submission.service.ts';
import { formAction } from '#lib/server/http/action.ts';
import { clientKey } from '#lib/server/http/rate-limit.ts';

/** "Termin melden": public, no account (anyone may use it while the alliance keeps it open). */
export const load: PageServerLoad = async ({ locals }) => {
	allowAnyone(locals);
	const alliance = requireAlliance(locals);
	const app = getApp();
	const settings = await calendarSettings(app, alliance.id);
	const { topics } = await formChoices(app, alliance.id, null, { staff: false });
	return { open: settings.publicSubmissions, topics };
};

export const actions: Actions = {
	default: async (event) => {
		allowAnyone(event.locals);
		const alliance = requireAlliance(event.locals);
		return formAction(event.request, async ({ form }) => {
			const parsed = parsePublicSubmission(form);
			await submitPublicEvent(
				getApp(),
				registrationSite(event.locals, alliance),
				alliance.id,
				parsed.input,
				parsed.submitter,
				clientKey(event)
			);
			return { ok: true, success: 'submission.sent' };
		});
	}
};
