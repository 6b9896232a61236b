import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireModerator } from '#lib/server/auth/permissions.ts';
import { eventHistory, getEvent } from '#lib/server/events/core/event.service.ts';
import { editAndApprove } from '#lib/server/events/workflows/moderation.service.ts';
import { registrationSite } from '#lib/server/events/registration/registration.route.ts';
import {
	eventFormValues,
	formChoices
} from '#lib/server/events/workflows/submission-options.route.ts';
import { parseEventForm } from '#lib/server/events/workflows/submission-form.route.ts';
import { formAction } from '#lib/server/http/action.ts';

/** Edit a waiting event, then approve it: coordinators and editors. */
export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { alliance, viewer } = requireModerator(locals, url);
	const app = getApp();
	const event = await getEvent(app, alliance.id, params.id);
	if (!event) error(404, 'error.notFound');
	return {
		event: { id: event.id, title: event.title, status: event.status },
		values: eventFormValues(event),
		...(await formChoices(app, alliance.id, viewer, { staff: true })),
		history: await eventHistory(app, alliance.id, event.id)
	};
};

export const actions: Actions = {
	default: async (event) => {
		const { alliance, viewer } = requireModerator(event.locals, event.url);
		return formAction(event.request, async ({ form }) => {
			const parsed = parseEventForm(form);
			await editAndApprove(
				getApp(),
				registrationSite(event.locals, alliance),
				viewer,
				alliance.id,
				event.params.id,
				parsed.input,
				parsed.sequence
			);
			redirect(303, `${event.locals.prefix}/admin/termine/moderation`);
		});
	}
};
