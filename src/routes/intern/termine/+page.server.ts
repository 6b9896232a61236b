import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireInternal } from '#lib/server/auth/permissions.ts';
import { calendarSettings } from '#lib/server/events/core/moderation.settings.ts';
import { partnerEvents } from '#lib/server/events/workflows/submission.partner.ts';

/** The events of the partners the person speaks for (partner contacts; staff see theirs too). */
export const load: PageServerLoad = async ({ locals, url }) => {
	const { alliance, viewer } = requireInternal(locals, url);
	const app = getApp();
	const locale = locals.locale === 'en' ? 'en' : 'de';
	return {
		events: await partnerEvents(app, viewer, alliance.id, locale),
		needsApproval: (await calendarSettings(app, alliance.id)).partnerEventsNeedApproval
	};
};
