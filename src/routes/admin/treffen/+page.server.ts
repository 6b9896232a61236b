import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireCoordinator } from '#lib/server/auth/permissions.ts';
import { formError, parseForm, readForm } from '#lib/server/http/forms.ts';
import { attempt } from '#lib/server/partners/partner-route.ts';
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
		const form = await readForm(request);
		if (!form) return formError(400, 'error.badRequest', {});
		const parsed = parseForm(meetingSchema, form);
		if (!parsed.ok) return parsed.failure;
		const result = await attempt(form, () =>
			saveMeeting(getApp(), viewer, alliance.id, null, null, parsed.data)
		);
		if (!result.ok) return result.failure;
		redirect(303, `${locals.prefix}/admin/treffen/${result.value.id}`);
	}
};
