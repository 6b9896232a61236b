import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { isRuleError } from '#lib/server/auth/rule-error.ts';
import { ruleFailure } from '#lib/server/events/core/event.route.ts';
import { requireEditor } from '#lib/server/auth/permissions.ts';
import { eventFormOptions } from '#lib/server/events/core/event-admin.service.ts';
import { eventFormSchema } from '#lib/server/events/core/event-form.schema.ts';
import { createEvent } from '#lib/server/events/core/create-event.service.ts';
import { EVENT_LANGUAGES, TARGET_GROUPS } from '#lib/server/events/core/event.types.ts';
import { formError, parseForm, readForm } from '#lib/server/http/forms.ts';

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
		const form = await readForm(request);
		if (!form) return formError(400, 'error.badRequest', {});
		const parsed = parseForm(eventFormSchema, form);
		if (!parsed.ok) return parsed.failure;
		const status = form.get('status') === 'draft' ? 'draft' : 'published';
		let id: string;
		try {
			id = (await createEvent(getApp(), viewer, alliance.id, parsed.data.input, { status })).id;
		} catch (error) {
			if (isRuleError(error)) return ruleFailure(error, form);
			throw error;
		}
		const warn = parsed.data.warnings[0] ? `&warn=${parsed.data.warnings[0]}` : '';
		redirect(303, `${locals.prefix}/admin/termine/${id}?ok=events.admin.created${warn}`);
	}
};
