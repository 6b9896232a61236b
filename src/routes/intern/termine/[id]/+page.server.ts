import { error, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { canEditEvent, requireEditEvent, requireInternal } from '#lib/server/auth/permissions.ts';
import { eventHistory, getEvent } from '#lib/server/events/core/event.service.ts';
import { eventRef } from '#lib/server/events/workflows/moderation.service.ts';
import { calendarSettings } from '#lib/server/events/core/moderation.settings.ts';
import { registrationSite } from '#lib/server/events/registration/registration.route.ts';
import {
	eventFormValues,
	formChoices
} from '#lib/server/events/workflows/submission-options.route.ts';
import {
	cancelPartnerEvent,
	deletePartnerEvent,
	updatePartnerEvent
} from '#lib/server/events/workflows/submission.partner.ts';
import { parseEventForm } from '#lib/server/events/workflows/submission-form.route.ts';
import { formAction } from '#lib/server/http/action.ts';
import { partnerIdsOf } from '#lib/server/partners/partner-contact.service.ts';

const OUTCOMES = ['draft', 'submitted', 'published', 'unchanged'];
/** Notes a save may leave (the key in ?warn=; only these are shown). */
const WARNINGS = new Set(['events.warning.timeGap']);

/** Only events of a partner the person speaks for; anything else is a 404. */
async function guard(locals: App.Locals, url: URL, eventId: string) {
	const { alliance, viewer } = requireInternal(locals, url);
	const app = getApp();
	const ref = await eventRef(app, alliance.id, eventId);
	if (!ref) error(404, 'error.notFound');
	const own = await partnerIdsOf(app, alliance.id, viewer);
	requireEditEvent(viewer, ref, own);
	return { alliance, viewer, own };
}

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { alliance, viewer } = await guard(locals, url, params.id);
	const app = getApp();
	const event = await getEvent(app, alliance.id, params.id);
	if (!event) error(404, 'error.notFound');
	const outcome = url.searchParams.get('ergebnis');
	return {
		event: {
			id: event.id,
			slug: event.slug,
			title: event.title,
			status: event.status,
			statusNote: event.statusNote,
			registration: event.registration.enabled
		},
		values: eventFormValues(event),
		...(await formChoices(app, alliance.id, viewer, { staff: false })),
		needsApproval: (await calendarSettings(app, alliance.id)).partnerEventsNeedApproval,
		history: await eventHistory(app, alliance.id, event.id),
		outcome: outcome && OUTCOMES.includes(outcome) ? outcome : null,
		warning: WARNINGS.has(url.searchParams.get('warn') ?? '') ? url.searchParams.get('warn') : null
	};
};

const cancelSchema = z.object({ note: z.string().trim().max(2000).optional().default('') });

export const actions: Actions = {
	save: async (event) => {
		const { alliance, viewer, own } = await guard(event.locals, event.url, event.params.id);
		return formAction(event.request, async ({ form }) => {
			const parsed = parseEventForm(form);
			// The new organiser must be one of the person's partners as well.
			if (!canEditEvent(viewer, { organiserPartnerId: parsed.input.organiserPartnerId }, own)) {
				error(404, 'error.notFound');
			}
			const { outcome } = await updatePartnerEvent(
				getApp(),
				registrationSite(event.locals, alliance),
				viewer,
				alliance.id,
				event.params.id,
				parsed.input,
				parsed.intent,
				parsed.sequence
			);
			const warn = parsed.warnings[0] ? `&warn=${parsed.warnings[0]}` : '';
			redirect(
				303,
				`${event.locals.prefix}/intern/termine/${event.params.id}?ergebnis=${outcome}${warn}`
			);
		});
	},
	cancel: async (event) => {
		const { alliance, viewer } = await guard(event.locals, event.url, event.params.id);
		return formAction(event.request, cancelSchema, async ({ data }) => {
			await cancelPartnerEvent(getApp(), viewer, alliance.id, event.params.id, data.note);
			return { ok: true, success: 'intern.events.cancelled' };
		});
	},
	delete: async (event) => {
		const { alliance, viewer } = await guard(event.locals, event.url, event.params.id);
		return formAction(null, async () => {
			await deletePartnerEvent(getApp(), viewer, alliance.id, event.params.id);
			redirect(303, `${event.locals.prefix}/intern/termine`);
		});
	}
};
