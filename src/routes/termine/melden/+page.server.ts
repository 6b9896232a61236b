import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { allowAnyone, requireAlliance } from '#lib/server/auth/permissions.ts';
import { attempt } from '#lib/server/events/workflows/moderation.route.ts';
import { calendarSettings } from '#lib/server/events/core/moderation.settings.ts';
import { registrationSite } from '#lib/server/events/registration/registration.route.ts';
import { formChoices } from '#lib/server/events/workflows/submission-options.route.ts';
import { parsePublicSubmission } from '#lib/server/events/workflows/submission-form.route.ts';
import { submitPublicEvent } from '#lib/server/events/workflows/submission.service.ts';
import { formError, readForm } from '#lib/server/http/forms.ts';
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
		const form = await readForm(event.request);
		if (!form) return formError(400, 'error.badRequest', {});
		const parsed = parsePublicSubmission(form);
		if (!parsed.ok) return parsed.failure;
		const app = getApp();
		const result = await attempt(form, () =>
			submitPublicEvent(
				app,
				registrationSite(event.locals, alliance),
				alliance.id,
				parsed.data.input,
				parsed.data.submitter,
				clientKey(event)
			)
		);
		if (!result.ok) return result.failure;
		if (!result.value.ok) return formError(result.value.status, result.value.key, form);
		return { ok: true, success: 'submission.sent' };
	}
};
