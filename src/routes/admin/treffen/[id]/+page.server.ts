import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { formAction, orErrorPage } from '#lib/server/http/action.ts';
import { requireCoordinator } from '#lib/server/auth/permissions.ts';
import { linkOf } from '#lib/server/partners/partner-link.ts';
import {
	inviteToMeeting,
	meeting,
	removeMeeting,
	saveMeeting,
	utcToLocalInput
} from '#lib/server/working-groups/meeting.service.ts';
import { meetingSchema } from '#lib/server/working-groups/working-group.schema.ts';

/** One meeting (of a working group or of the coordination team): edit, invite, delete. */
export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { alliance, viewer } = requireCoordinator(locals, url);
	const m = await orErrorPage(meeting(getApp(), viewer, alliance.id, params.id));
	return {
		meeting: m,
		values: {
			title: m.title,
			start: utcToLocalInput(m.start),
			end: utcToLocalInput(m.end),
			place: m.place,
			agenda: m.agenda,
			minutes: m.minutes
		}
	};
};

export const actions: Actions = {
	save: async ({ locals, url, request, params }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		return formAction(request, meetingSchema, async ({ data }) => {
			const app = getApp();
			const m = await meeting(app, viewer, alliance.id, params.id);
			await saveMeeting(app, viewer, alliance.id, m.groupId, params.id, data);
			return { ok: true, success: 'common.saved' };
		});
	},
	invite: async ({ locals, url, params }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		return formAction(null, async () => {
			const link = linkOf(locals, alliance);
			const result = await inviteToMeeting(getApp(), viewer, {
				allianceId: alliance.id,
				id: params.id,
				siteUrl: link.siteUrl,
				allianceName: alliance.name
			});
			return { ok: true, success: 'groups.meeting.invited', count: result };
		});
	},
	delete: async ({ locals, url, params }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		return formAction(null, async () => {
			await removeMeeting(getApp(), viewer, alliance.id, params.id);
			redirect(303, `${locals.prefix}/admin/arbeitsgruppen`);
		});
	}
};
