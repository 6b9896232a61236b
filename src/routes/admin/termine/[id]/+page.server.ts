import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireEditEvent, requireEditor } from '#lib/server/auth/permissions.ts';
import { isRuleError } from '#lib/server/auth/rule-error.ts';
import {
	eventFormOptions,
	eventFormValues,
	seriesDates
} from '#lib/server/events/core/event-admin.service.ts';
import { ruleFailure } from '#lib/server/events/core/event.route.ts';
import {
	eventFormSchema,
	movedTimes,
	moveOccurrenceFormSchema,
	occurrenceFormSchema,
	statusFormSchema
} from '#lib/server/events/core/event-form.schema.ts';
import { deleteEvent } from '#lib/server/events/core/delete-event.service.ts';
import { eventHistory, getEvent } from '#lib/server/events/core/event.service.ts';
import { setEventStatus } from '#lib/server/events/core/event-status.service.ts';
import { updateEvent } from '#lib/server/events/core/update-event.service.ts';
import {
	EVENT_LANGUAGES,
	EVENT_STATUSES,
	TARGET_GROUPS
} from '#lib/server/events/core/event.types.ts';
import {
	cancelOccurrence,
	moveOccurrence,
	restoreOccurrence
} from '#lib/server/events/core/occurrence.service.ts';
import { formError, parseForm, readForm } from '#lib/server/http/forms.ts';

const NOTICES = new Set(['events.admin.created']);
const WARNINGS = new Set(['events.warning.timeGap']);

async function loadEvent(locals: App.Locals, url: URL, id: string) {
	const { alliance, viewer } = requireEditor(locals, url);
	const event = await getEvent(getApp(), alliance.id, id);
	if (!event) error(404, { message: 'events.error.notFound' });
	requireEditEvent(viewer, { organiserPartnerId: event.organiser.partnerId }, []);
	return { alliance, viewer, event };
}

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { alliance, event } = await loadEvent(locals, url, params.id);
	const app = getApp();
	const ok = url.searchParams.get('ok');
	return {
		notice: ok && NOTICES.has(ok) ? ok : null,
		warning: WARNINGS.has(url.searchParams.get('warn') ?? '') ? url.searchParams.get('warn') : null,
		event: {
			id: event.id,
			slug: event.slug,
			title: event.title,
			status: event.status,
			statusNote: event.statusNote,
			allDay: event.allDay,
			recurring: event.rrule !== null,
			source: event.source
		},
		values: eventFormValues(event),
		options: await eventFormOptions(app, alliance.id),
		dates: await seriesDates(app, alliance.id, event),
		history: await eventHistory(app, alliance.id, event.id),
		statuses: EVENT_STATUSES,
		targetGroups: TARGET_GROUPS,
		languages: EVENT_LANGUAGES
	};
};

/**
 * Runs a service call; a broken rule becomes the form's message, anything else stays an error.
 * The small forms (status, single dates) answer without their values, so that a failure there
 * never refills the event form with someone else's fields.
 */
async function attempt(
	form: FormData | null,
	run: () => Promise<unknown>,
	success: string,
	warning?: string
) {
	try {
		await run();
	} catch (e) {
		if (!isRuleError(e)) throw e;
		return form ? ruleFailure(e, form) : formError(e.status, e.key, {});
	}
	return { ok: true, success, ...(warning ? { warning } : {}) };
}

export const actions: Actions = {
	save: async ({ locals, url, request, params }) => {
		const { alliance, viewer, event } = await loadEvent(locals, url, params.id);
		const form = await readForm(request);
		if (!form) return formError(400, 'error.badRequest', {});
		const parsed = parseForm(eventFormSchema, form);
		if (!parsed.ok) return parsed.failure;
		return attempt(
			form,
			() =>
				updateEvent(getApp(), viewer, alliance.id, event.id, parsed.data.input, {
					expectedSequence: parsed.data.sequence
				}),
			'events.admin.saved',
			parsed.data.warnings[0]
		);
	},
	status: async ({ locals, url, request, params }) => {
		const { alliance, viewer, event } = await loadEvent(locals, url, params.id);
		const form = await readForm(request);
		if (!form) return formError(400, 'error.badRequest', {});
		const parsed = parseForm(statusFormSchema, form);
		if (!parsed.ok) return formError(400, 'error.invalid', {});
		return attempt(
			null,
			() =>
				setEventStatus(getApp(), viewer, alliance.id, event.id, parsed.data.status, {
					note: parsed.data.note
				}),
			'events.admin.statusChanged'
		);
	},
	delete: async ({ locals, url, params }) => {
		const { alliance, viewer, event } = await loadEvent(locals, url, params.id);
		await deleteEvent(getApp(), viewer, alliance.id, event.id);
		redirect(303, `${locals.prefix}/admin/termine?ok=events.admin.deleted`);
	},
	cancelDate: async ({ locals, url, request, params }) => {
		const { alliance, viewer, event } = await loadEvent(locals, url, params.id);
		const form = await readForm(request);
		if (!form) return formError(400, 'error.badRequest', {});
		const parsed = parseForm(occurrenceFormSchema, form);
		if (!parsed.ok) return formError(400, 'error.invalid', {});
		return attempt(
			null,
			() =>
				cancelOccurrence(getApp(), viewer, alliance.id, event.id, parsed.data.recurrenceId, {
					note: parsed.data.note
				}),
			'events.admin.occurrenceChanged'
		);
	},
	moveDate: async ({ locals, url, request, params }) => {
		const { alliance, viewer, event } = await loadEvent(locals, url, params.id);
		const form = await readForm(request);
		if (!form) return formError(400, 'error.badRequest', {});
		const parsed = parseForm(moveOccurrenceFormSchema, form);
		if (!parsed.ok) return formError(400, 'error.invalid', {});
		const times = movedTimes(parsed.data, event.allDay);
		if (!times.ok) return formError(400, times.key, {});
		return attempt(
			null,
			() =>
				moveOccurrence(getApp(), viewer, alliance.id, event.id, parsed.data.recurrenceId, times, {
					note: parsed.data.note
				}),
			'events.admin.occurrenceChanged'
		);
	},
	restoreDate: async ({ locals, url, request, params }) => {
		const { alliance, viewer, event } = await loadEvent(locals, url, params.id);
		const form = await readForm(request);
		if (!form) return formError(400, 'error.badRequest', {});
		const parsed = parseForm(occurrenceFormSchema, form);
		if (!parsed.ok) return formError(400, 'error.invalid', {});
		return attempt(
			null,
			() => restoreOccurrence(getApp(), viewer, alliance.id, event.id, parsed.data.recurrenceId),
			'events.admin.occurrenceChanged'
		);
	}
};
