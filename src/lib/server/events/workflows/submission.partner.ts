import type { Actor } from '../../auth/actor.ts';
import { AppError } from '../../app-error.ts';
import type { ServiceContext } from '../../context.ts';
import { partnerIdsOf } from '../../partners/partner-contact.service.ts';
import { assertMayEditEvent } from '../core/event-access.ts';
import { createEvent } from '../core/create-event.service.ts';
import { deleteEvent } from '../core/delete-event.service.ts';
import { getEvent } from '../core/event.service.ts';
import { updateEvent } from '../core/update-event.service.ts';
import type { CalendarEvent, EventInput, EventStatus } from '../core/event.types.ts';
import {
	changeStatus,
	keepUnformed,
	notifyModerators,
	type ModerationCtx,
	type WorkflowSite
} from './moderation.service.ts';
import { calendarSettings } from '../core/moderation.settings.ts';
import * as repo from './submission.repository.ts';
import { formatWhen } from '../core/when.ts';

/*
 * Partner contacts create and change events for the partners they speak for (internal area).
 * "Submit" asks the coordinators for approval — or publishes at once where the alliance does not
 * require approval. Where approval is required, a change to a published event sends it back to
 * the queue, so that nothing unapproved is ever public. Coordinators and editors using these
 * pages act as staff (publish directly). The plain event service checks the organiser rights.
 */

export type PartnerEventCtx = ModerationCtx & Pick<ServiceContext, 'dialect'>;
export type Intent = 'save' | 'submit';
export type Outcome = 'draft' | 'submitted' | 'published' | 'unchanged';

interface Who extends Actor {
	name: string;
	email: string;
}

export interface PartnerEventItem {
	id: string;
	slug: string;
	title: string;
	status: EventStatus;
	statusNote: string;
	when: string;
	recurring: boolean;
	partnerName: string;
	source: string;
	registration: boolean;
}

/** The events of every partner the person speaks for, newest first. */
export async function partnerEvents(
	ctx: Pick<ServiceContext, 'db'>,
	viewer: Who,
	allianceId: string,
	locale: 'de' | 'en' = 'de'
): Promise<PartnerEventItem[]> {
	const own = await partnerIdsOf(ctx, allianceId, viewer);
	const rows = await repo.findEventsOfPartners(ctx.db, allianceId, own);
	return rows.map((r) => ({
		id: r.id,
		slug: r.slug,
		title: r.title,
		status: r.status,
		statusNote: r.status_note,
		when: formatWhen(r.start_utc, r.end_utc, r.all_day === 1, locale),
		recurring: r.rrule !== null,
		partnerName: r.partner_name,
		source: r.source,
		registration: r.registration_enabled === 1
	}));
}

function fromLabel(event: CalendarEvent, who: Who): string {
	return `${event.organiser.name || 'Bündnispartner'} (${who.name} <${who.email}>)`;
}

/** Where the submit intent leads for this person in this alliance. */
async function publishOrQueue(
	ctx: PartnerEventCtx,
	site: WorkflowSite,
	who: Who,
	allianceId: string,
	event: CalendarEvent,
	role: 'staff' | 'partner' | 'system',
	options: { changed?: boolean; now: Date }
): Promise<Outcome> {
	const settings = await calendarSettings(ctx, allianceId);
	if (role === 'partner' && settings.partnerEventsNeedApproval) {
		if (event.status !== 'submitted') {
			await changeStatus(ctx, who, allianceId, event.id, 'submitted', {
				note: options.changed ? 'Nach einer Änderung erneut zur Freigabe' : '',
				now: options.now
			});
		}
		await notifyModerators(ctx, site, allianceId, event, fromLabel(event, who), {
			changed: options.changed
		});
		return 'submitted';
	}
	if (event.status !== 'published') {
		await changeStatus(ctx, who, allianceId, event.id, 'published', {
			note: role === 'partner' ? 'Direkt veröffentlicht (keine Freigabe nötig)' : '',
			now: options.now
		});
	}
	return 'published';
}

/** A new event for one of the person's partners: a draft, or submitted/published. */
export async function createPartnerEvent(
	ctx: PartnerEventCtx,
	site: WorkflowSite,
	who: Who,
	allianceId: string,
	input: EventInput,
	intent: Intent,
	now = new Date()
): Promise<{ event: CalendarEvent; outcome: Outcome }> {
	const role = await assertMayEditEvent(ctx.db, who, allianceId, [input.organiserPartnerId]);
	const event = await createEvent(ctx, who, allianceId, input, {
		status: intent === 'submit' ? 'submitted' : 'draft',
		now
	});
	if (intent === 'save') return { event, outcome: 'draft' };
	const outcome = await publishOrQueue(ctx, site, who, allianceId, event, role, { now });
	return { event: (await getEvent(ctx, allianceId, event.id)) ?? event, outcome };
}

/**
 * Changes an event of the person's partner. Draft or rejected + submit: into the queue (or
 * published where allowed). Published + changed where approval is required: back into the queue.
 */
export async function updatePartnerEvent(
	ctx: PartnerEventCtx,
	site: WorkflowSite,
	who: Who,
	allianceId: string,
	eventId: string,
	input: EventInput,
	intent: Intent,
	expectedSequence: number | null,
	now = new Date()
): Promise<{ event: CalendarEvent; outcome: Outcome }> {
	const current = await getEvent(ctx, allianceId, eventId);
	if (!current) throw new AppError('NOT_FOUND', 'error.notFound');
	const role = await assertMayEditEvent(ctx.db, who, allianceId, [
		current.organiser.partnerId,
		input.organiserPartnerId
	]);
	const updated = await updateEvent(ctx, who, allianceId, eventId, keepUnformed(current, input), {
		expectedSequence,
		now
	});
	const changed = updated.sequence !== current.sequence;
	if (current.status === 'published') {
		if (!changed) return { event: updated, outcome: 'unchanged' };
		const settings = await calendarSettings(ctx, allianceId);
		if (role === 'partner' && settings.partnerEventsNeedApproval) {
			const outcome = await publishOrQueue(ctx, site, who, allianceId, updated, role, {
				changed: true,
				now
			});
			return { event: (await getEvent(ctx, allianceId, eventId)) ?? updated, outcome };
		}
		return { event: updated, outcome: 'published' };
	}
	if (intent === 'submit' && ['draft', 'rejected', 'submitted'].includes(current.status)) {
		const outcome = await publishOrQueue(ctx, site, who, allianceId, updated, role, {
			changed: current.status === 'submitted' && changed,
			now
		});
		return { event: (await getEvent(ctx, allianceId, eventId)) ?? updated, outcome };
	}
	return { event: updated, outcome: changed ? 'draft' : 'unchanged' };
}

/** The partner calls off one of their published events (it stays visible, marked cancelled). */
export async function cancelPartnerEvent(
	ctx: PartnerEventCtx,
	who: Who,
	allianceId: string,
	eventId: string,
	note: string,
	now = new Date()
): Promise<void> {
	const current = await getEvent(ctx, allianceId, eventId);
	if (!current) throw new AppError('NOT_FOUND', 'error.notFound');
	await assertMayEditEvent(ctx.db, who, allianceId, [current.organiser.partnerId]);
	if (current.status !== 'published')
		throw new AppError('CONFLICT', 'moderation.error.notPublished');
	await changeStatus(ctx, who, allianceId, eventId, 'cancelled', { note: note.trim(), now });
}

/** Deletes a draft (or a waiting or rejected event) of the partner. */
export async function deletePartnerEvent(
	ctx: PartnerEventCtx,
	who: Who,
	allianceId: string,
	eventId: string
): Promise<void> {
	const current = await getEvent(ctx, allianceId, eventId);
	if (!current) throw new AppError('NOT_FOUND', 'error.notFound');
	const role = await assertMayEditEvent(ctx.db, who, allianceId, [current.organiser.partnerId]);
	if (role === 'partner' && current.status === 'rejected') {
		// The core service lets partners delete drafts and waiting events; a rejected one is theirs too.
		await changeStatus(ctx, who, allianceId, eventId, 'draft', { note: '' });
	}
	await deleteEvent(ctx, who, allianceId, eventId);
}
