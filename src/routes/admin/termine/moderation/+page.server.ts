import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import {
	isCoordinator,
	requireCoordinator,
	requireModerator
} from '#lib/server/auth/permissions.ts';
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
import { formAction } from '#lib/server/http/action.ts';

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
		return formAction(event.request, idSchema, async ({ data }) => {
			const site = registrationSite(event.locals, alliance);
			await approveEvent(getApp(), site, viewer, alliance.id, data.id);
			return { ok: true, success: 'moderation.approved' };
		});
	},
	reject: async (event) => {
		const { alliance, viewer } = requireModerator(event.locals, event.url);
		return formAction(event.request, rejectSchema, async ({ data }) => {
			const site = registrationSite(event.locals, alliance);
			await rejectEvent(getApp(), site, viewer, alliance.id, data.id, data.reason);
			return { ok: true, success: 'moderation.rejected' };
		});
	},
	settings: async (event) => {
		const { alliance, viewer } = requireCoordinator(event.locals, event.url);
		return formAction(event.request, settingsSchema, async ({ data }) => {
			await saveCalendarSettings(getApp(), viewer, alliance.id, data);
			return { ok: true, success: 'moderation.settings.saved' };
		});
	}
};
