import { error, fail, isActionFailure, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireEditEvent, requireEditor } from '#lib/server/auth/permissions.ts';
import { AppError } from '#lib/server/app-error.ts';
import {
	eventFormOptions,
	eventFormValues,
	seriesDates
} from '#lib/server/events/core/event-admin.service.ts';
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
import { formAction } from '#lib/server/http/action.ts';

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
 * The small forms (status, single dates) answer a refusal with its message alone: neither the
 * values nor field messages, so that a failure there never refills or marks the event form.
 */
async function alone<T>(answer: Promise<T>) {
	const result = await answer;
	if (!isActionFailure(result)) return result;
	const { message } = result.data as unknown as { message?: string };
	const key = !message || message === 'error.form' ? 'error.invalid' : message;
	return fail(result.status, { errors: {}, values: {}, message: key });
}

export const actions: Actions = {
	save: async ({ locals, url, request, params }) => {
		const { alliance, viewer, event } = await loadEvent(locals, url, params.id);
		return formAction(request, eventFormSchema, async ({ data }) => {
			await updateEvent(getApp(), viewer, alliance.id, event.id, data.input, {
				expectedSequence: data.sequence
			});
			const warning = data.warnings[0];
			return { ok: true, success: 'events.admin.saved', ...(warning ? { warning } : {}) };
		});
	},
	status: async ({ locals, url, request, params }) => {
		const { alliance, viewer, event } = await loadEvent(locals, url, params.id);
		return alone(
			formAction(request, statusFormSchema, async ({ data }) => {
				await setEventStatus(getApp(), viewer, alliance.id, event.id, data.status, {
					note: data.note
				});
				return { ok: true, success: 'events.admin.statusChanged' };
			})
		);
	},
	delete: async ({ locals, url, params }) => {
		const { alliance, viewer, event } = await loadEvent(locals, url, params.id);
		return formAction(null, async () => {
			await deleteEvent(getApp(), viewer, alliance.id, event.id);
			redirect(303, `${locals.prefix}/admin/termine?ok=events.admin.deleted`);
		});
	},
	cancelDate: async ({ locals, url, request, params }) => {
		const { alliance, viewer, event } = await loadEvent(locals, url, params.id);
		return alone(
			formAction(request, occurrenceFormSchema, async ({ data }) => {
				await cancelOccurrence(getApp(), viewer, alliance.id, event.id, data.recurrenceId, {
					note: data.note
				});
				return { ok: true, success: 'events.admin.occurrenceChanged' };
			})
		);
	},
	moveDate: async ({ locals, url, request, params }) => {
		const { alliance, viewer, event } = await loadEvent(locals, url, params.id);
		return alone(
			formAction(request, moveOccurrenceFormSchema, async ({ data }) => {
				const times = movedTimes(data, event.allDay);
				if (!times.ok) throw new AppError('INVALID', times.key);
				await moveOccurrence(getApp(), viewer, alliance.id, event.id, data.recurrenceId, times, {
					note: data.note
				});
				return { ok: true, success: 'events.admin.occurrenceChanged' };
			})
		);
	},
	restoreDate: async ({ locals, url, request, params }) => {
		const { alliance, viewer, event } = await loadEvent(locals, url, params.id);
		return alone(
			formAction(request, occurrenceFormSchema, async ({ data }) => {
				await restoreOccurrence(getApp(), viewer, alliance.id, event.id, data.recurrenceId);
				return { ok: true, success: 'events.admin.occurrenceChanged' };
			})
		);
	}
};
