import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import {
	isCoordinator,
	requireCoordinator,
	requireModerator
} from '#lib/server/auth/permissions.ts';
import { attempt } from '#lib/server/events/workflows/moderation.route.ts';
import {
	approveEvent,
	moderationQueue,
	rejectEvent
} from '#lib/server/events/workflows/moderation.service.ts';
import {
	calendarSettings,
	saveCalendarSettings
} from '#lib/server/events/core/moderation.settings.ts';
import { registrationSite } from '#lib/server/events/registration/registration.route.ts';
import { formError, parseForm, readForm } from '#lib/server/http/forms.ts';

/** The moderation queue: coordinators and editors; the settings: coordinators. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const { alliance, viewer } = requireModerator(locals, url);
	const app = getApp();
	const locale = locals.locale === 'en' ? 'en' : 'de';
	return {
		queue: await moderationQueue(app, viewer, alliance.id, locale),
		settings: isCoordinator(viewer) ? await calendarSettings(app, alliance.id) : null
	};
};

const idSchema = z.object({ id: z.string().min(1).max(100) });
const rejectSchema = z.object({
	id: z.string().min(1).max(100),
	reason: z.string().trim().max(2000)
});
const settingsSchema = z.object({
	partnerEventsNeedApproval: z
		.string()
		.optional()
		.transform((v) => v === 'on'),
	publicSubmissions: z
		.string()
		.optional()
		.transform((v) => v === 'on'),
	registrationRetentionDays: z.coerce.number().int().min(1).max(365)
});

export const actions: Actions = {
	approve: async (event) => {
		const { alliance, viewer } = requireModerator(event.locals, event.url);
		const form = await readForm(event.request);
		if (!form) return formError(400, 'error.badRequest', {});
		const parsed = parseForm(idSchema, form);
		if (!parsed.ok) return parsed.failure;
		const result = await attempt(form, () =>
			approveEvent(
				getApp(),
				registrationSite(event.locals, alliance),
				viewer,
				alliance.id,
				parsed.data.id
			)
		);
		if (!result.ok) return result.failure;
		return { ok: true, success: 'moderation.approved' };
	},
	reject: async (event) => {
		const { alliance, viewer } = requireModerator(event.locals, event.url);
		const form = await readForm(event.request);
		if (!form) return formError(400, 'error.badRequest', {});
		const parsed = parseForm(rejectSchema, form);
		if (!parsed.ok) return parsed.failure;
		const result = await attempt(form, () =>
			rejectEvent(
				getApp(),
				registrationSite(event.locals, alliance),
				viewer,
				alliance.id,
				parsed.data.id,
				parsed.data.reason
			)
		);
		if (!result.ok) return result.failure;
		return { ok: true, success: 'moderation.rejected' };
	},
	settings: async (event) => {
		const { alliance, viewer } = requireCoordinator(event.locals, event.url);
		const form = await readForm(event.request);
		if (!form) return formError(400, 'error.badRequest', {});
		const parsed = parseForm(settingsSchema, form);
		if (!parsed.ok) return parsed.failure;
		const result = await attempt(form, () =>
			saveCalendarSettings(getApp(), viewer, alliance.id, parsed.data)
		);
		if (!result.ok) return result.failure;
		return { ok: true, success: 'moderation.settings.saved' };
	}
};
