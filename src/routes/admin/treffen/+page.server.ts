import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { formAction } from '#lib/server/http/action.ts';
import { requireCoordinator } from '#lib/server/auth/permissions.ts';
import { meetingsOf, saveMeeting } from '#lib/server/working-groups/meeting.service.ts';
import { meetingSchema } from '#lib/server/working-groups/working-group.schema.ts';

/** The coordination team's own meetings. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const { alliance, viewer } = requireCoordinator(locals, url);
	return { meetings: await meetingsOf(getApp(), viewer, alliance.id, null) };
};

export const actions: Actions = {
	default: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		return formAction(request, meetingSchema, async ({ data }) => {
			const result = await saveMeeting(getApp(), viewer, alliance.id, null, null, data);
			redirect(303, `${locals.prefix}/admin/treffen/${result.id}`);
		});
	}
};
