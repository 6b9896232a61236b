import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireInternal } from '#lib/server/auth/permissions.ts';
import { announcements } from '#lib/server/intern/intern.service.ts';
import { visibleMeetings } from '#lib/server/working-groups/meeting.service.ts';

/** The internal area's start: the latest announcements and the next meetings. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const { alliance, viewer } = requireInternal(locals, url);
	const app = getApp();
	const [news, meetings] = await Promise.all([
		announcements(app, viewer, alliance.id),
		visibleMeetings(app, viewer, alliance.id)
	]);
	return { news: news.slice(0, 3), meetings: meetings.upcoming.slice(0, 5) };
};
