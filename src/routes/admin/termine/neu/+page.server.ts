import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireEditor } from '#lib/server/auth/permissions.ts';
import { eventFormOptions } from '#lib/server/events/core/event-admin.service.ts';
import { eventFormSchema } from '#lib/server/events/core/event-form.schema.ts';
import { createEvent } from '#lib/server/events/core/create-event.service.ts';
import { EVENT_LANGUAGES, TARGET_GROUPS } from '#lib/server/events/core/event.types.ts';
import { formAction } from '#lib/server/http/action.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { alliance } = requireEditor(locals, url);
	return {
		options: await eventFormOptions(getApp(), alliance.id),
		targetGroups: TARGET_GROUPS,
		languages: EVENT_LANGUAGES
	};
};

export const actions: Actions = {
	save: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireEditor(locals, url);
		return formAction(request, eventFormSchema, async ({ data, form }) => {
			const status = form.get('status') === 'draft' ? 'draft' : 'published';
			const { id } = await createEvent(getApp(), viewer, alliance.id, data.input, { status });
			const warn = data.warnings[0] ? `&warn=${data.warnings[0]}` : '';
			redirect(303, `${locals.prefix}/admin/termine/${id}?ok=events.admin.created${warn}`);
		});
	}
};
