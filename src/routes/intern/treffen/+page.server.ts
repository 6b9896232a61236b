import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireInternal } from '#lib/server/auth/permissions.ts';
import { visibleMeetings } from '#lib/server/working-groups/meeting.service.ts';

/** Meetings of the person's working groups (coordinators: all, and the coordination team's). */
export const load: PageServerLoad = async ({ locals, url }) => {
	const { alliance, viewer } = requireInternal(locals, url);
	return visibleMeetings(getApp(), viewer, alliance.id);
};
