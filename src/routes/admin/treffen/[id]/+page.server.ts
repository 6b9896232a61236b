import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireCoordinator } from '#lib/server/auth/permissions.ts';
import { formError, parseForm, readForm } from '#lib/server/http/forms.ts';
import { attempt } from '#lib/server/partners/partner-route.ts';
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
	const result = await attempt({}, () => meeting(getApp(), viewer, alliance.id, params.id));
	if (!result.ok) return { meeting: null, values: {} };
	const m = result.value;
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
		const form = await readForm(request);
		if (!form) return formError(400, 'error.badRequest', {});
		const parsed = parseForm(meetingSchema, form);
		if (!parsed.ok) return parsed.failure;
		const app = getApp();
		const result = await attempt(form, async () => {
			const m = await meeting(app, viewer, alliance.id, params.id);
			return saveMeeting(app, viewer, alliance.id, m.groupId, params.id, parsed.data);
		});
		if (!result.ok) return result.failure;
		return { ok: true, success: 'common.saved' };
	},
	invite: async ({ locals, url, params }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		const link = linkOf(locals, alliance);
		const result = await attempt({}, () =>
			inviteToMeeting(getApp(), viewer, {
				allianceId: alliance.id,
				id: params.id,
				siteUrl: link.siteUrl,
				allianceName: alliance.name
			})
		);
		if (!result.ok) return result.failure;
		return { ok: true, success: 'groups.meeting.invited', count: result.value };
	},
	delete: async ({ locals, url, params }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		const result = await attempt({}, () => removeMeeting(getApp(), viewer, alliance.id, params.id));
		if (!result.ok) return result.failure;
		redirect(303, `${locals.prefix}/admin/arbeitsgruppen`);
	}
};
