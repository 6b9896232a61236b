import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { canEditEvent, requireInternal } from '#lib/server/auth/permissions.ts';
import { calendarSettings } from '#lib/server/events/core/moderation.settings.ts';
import { registrationSite } from '#lib/server/events/registration/registration.route.ts';
import { formChoices } from '#lib/server/events/workflows/submission-options.route.ts';
import { createPartnerEvent } from '#lib/server/events/workflows/submission.partner.ts';
import { parseEventForm } from '#lib/server/events/workflows/submission-form.route.ts';
import { formAction } from '#lib/server/http/action.ts';
import { partnerIdsOf } from '#lib/server/partners/partner-contact.service.ts';

/** A new event for one of the partners the person speaks for. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const { alliance, viewer } = requireInternal(locals, url);
	const app = getApp();
	return {
		...(await formChoices(app, alliance.id, viewer, { staff: false })),
		needsApproval: (await calendarSettings(app, alliance.id)).partnerEventsNeedApproval
	};
};

export const actions: Actions = {
	default: async (event) => {
		const { alliance, viewer } = requireInternal(event.locals, event.url);
		return formAction(event.request, async ({ form }) => {
			const parsed = parseEventForm(form);
			const app = getApp();
			const own = await partnerIdsOf(app, alliance.id, viewer);
			// Only for a partner the person speaks for (the service checks the same again).
			if (!canEditEvent(viewer, { organiserPartnerId: parsed.input.organiserPartnerId }, own)) {
				error(404, 'error.notFound');
			}
			const site = registrationSite(event.locals, alliance);
			const { event: created, outcome } = await createPartnerEvent(
				app,
				site,
				viewer,
				alliance.id,
				parsed.input,
				parsed.intent
			);
			const warn = parsed.warnings[0] ? `&warn=${parsed.warnings[0]}` : '';
			redirect(
				303,
				`${event.locals.prefix}/intern/termine/${created.id}?ergebnis=${outcome}${warn}`
			);
		});
	}
};
