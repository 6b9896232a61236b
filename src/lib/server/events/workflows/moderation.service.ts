import type { Actor } from '../../auth/actor.ts';
import { assertAllianceRole } from '../../auth/actor.ts';
import { AppError } from '../../app-error.ts';
import { contentChanged } from '../../alliances/content-changed.ts';
import type { ServiceContext } from '../../context.ts';
import { htmlToText } from '../../content/sanitize.ts';
import { occurrencePath } from '../core/occurrence-path.ts';
import * as events from '../core/event.repository.ts';
import { getEvent } from '../core/event.service.ts';
import { recordEventChange } from '../core/event-write.ts';
import { setEventStatus } from '../core/event-status.service.ts';
import { updateEvent } from '../core/update-event.service.ts';
import type { CalendarEvent, EventActor, EventInput, EventStatus } from '../core/event.types.ts';
import { sendEventApproved, sendEventRejected, sendModerationNotice } from './moderation.mails.ts';
import * as repo from './moderation.repository.ts';
import { rebuildOccurrences } from '../core/occurrence-cache.ts';
import type { RegistrationSite } from '../registration/registration.service.ts';
import { formatWhen } from '../core/when.ts';
import { findCoordinatorEmails, findMembership } from '../../auth/member.repository.ts';

/*
 * Moderation: events that wait for approval (status submitted: from partners where approval is
 * required, from the public form once confirmed, from imports that ask for it) are approved,
 * edited and approved, or rejected with a reason that is mailed to whoever sent them.
 * Coordinators and editors moderate. Every change lands in the event's history.
 */

export type ModerationCtx = Pick<
	ServiceContext,
	'db' | 'registry' | 'publicUrl' | 'mailer' | 'log'
>;
/** Where mail links point (the request's site) and who mails come from. */
export type WorkflowSite = RegistrationSite;

/** Who organises an event (for the routes' named permission checks); undefined: no such event. */
export async function eventRef(
	ctx: Pick<ServiceContext, 'db'>,
	allianceId: string,
	eventId: string
): Promise<{ organiserPartnerId: string | null; status: EventStatus } | undefined> {
	const row = await events.findEventById(ctx.db, allianceId, eventId);
	return row ? { organiserPartnerId: row.organiser_partner_id, status: row.status } : undefined;
}

/**
 * Changes the status of an event for an actor whose right to do so the caller has checked
 * (workflow rules that the plain status change does not know, e.g. a partner publishing
 * directly where the alliance allows it). Same bookkeeping as every change: sequence, occurrences,
 * history, audit, calendar version, content version.
 */
export async function changeStatus(
	ctx: Pick<ServiceContext, 'db' | 'registry'>,
	actor: EventActor,
	allianceId: string,
	eventId: string,
	status: EventStatus,
	options: { note?: string; now?: Date } = {}
): Promise<void> {
	const now = options.now ?? new Date();
	const nowIso = now.toISOString();
	await ctx.db.transaction().execute(async (trx) => {
		const current = await events.findEventById(trx, allianceId, eventId);
		if (!current) throw new AppError('NOT_FOUND', 'error.notFound');
		if (current.status === status) return;
		await events.updateEventRow(trx, allianceId, eventId, {
			status,
			status_note: options.note ?? '',
			sequence: current.sequence + 1,
			published_at:
				status === 'published' ? (current.published_at ?? nowIso) : current.published_at,
			updated_at: nowIso,
			updated_by: 'system' in actor ? null : actor.userId
		});
		await rebuildOccurrences(trx, { ...current, status }, now);
		await recordEventChange(
			trx,
			actor,
			allianceId,
			{ id: eventId, title: current.title },
			{
				action: `status.${status}`,
				changes: { status: [current.status, status] },
				note: options.note ?? ''
			},
			nowIso
		);
	});
	await contentChanged(ctx, allianceId);
}

function whenOf(e: Pick<CalendarEvent, 'start' | 'end' | 'allDay'>, locale: 'de' | 'en' = 'de') {
	return formatWhen(e.start, e.end, e.allDay, locale);
}

async function safely(ctx: Pick<ServiceContext, 'log'>, what: string, send: () => Promise<void>) {
	try {
		await send();
	} catch (error) {
		ctx.log.error({ err: error, what }, 'workflow mail could not be sent');
	}
}

/** Tells the coordinators that an event waits for them. */
export async function notifyModerators(
	ctx: ModerationCtx,
	site: WorkflowSite,
	allianceId: string,
	event: Pick<CalendarEvent, 'title' | 'start' | 'end' | 'allDay'>,
	from: string,
	options: { changed?: boolean } = {}
): Promise<void> {
	for (const to of await findCoordinatorEmails(ctx.db, allianceId)) {
		await safely(ctx, 'moderation notice', () =>
			sendModerationNotice(ctx.mailer, to, {
				allianceName: site.allianceName,
				title: event.title,
				when: whenOf(event),
				from,
				queueUrl: `${site.siteUrl}/admin/termine/moderation`,
				changed: options.changed
			})
		);
	}
}

export interface QueueItem {
	id: string;
	slug: string;
	title: string;
	summary: string;
	descriptionText: string;
	when: string;
	start: string;
	recurring: boolean;
	place: string;
	online: string;
	source: 'manual' | 'submission' | 'import';
	/** The partner, the reporting person or the import */
	from: string;
	contact: string;
	cost: string;
	waitingSince: string;
}

function fromOf(row: Awaited<ReturnType<typeof repo.findSubmittedEvents>>[number]): string {
	if (row.source === 'submission') {
		return `${row.submitter_name ?? ''} <${row.submitter_email ?? ''}> (Termin melden${row.organiser_name ? `, Veranstalter: ${row.organiser_name}` : ''})`;
	}
	if (row.source === 'import') return `Import: ${row.partner_name ?? row.organiser_name}`;
	const who = row.creator_name ? ` (${row.creator_name})` : '';
	return `${row.partner_name ?? row.organiser_name ?? ''}${who}`;
}

/** Everything waiting for approval, oldest first: coordinators and editors. */
export async function moderationQueue(
	ctx: Pick<ServiceContext, 'db'>,
	actor: Actor,
	allianceId: string,
	locale: 'de' | 'en' = 'de'
): Promise<QueueItem[]> {
	await assertAllianceRole(ctx.db, actor, allianceId, ['coordinator', 'editor']);
	const rows = await repo.findSubmittedEvents(ctx.db, allianceId);
	return rows.map((r) => ({
		id: r.id,
		slug: r.slug,
		title: r.title,
		summary: r.summary,
		descriptionText: htmlToText(r.description_html).slice(0, 1500),
		when: formatWhen(r.start_utc, r.end_utc, r.all_day === 1, locale),
		start: r.start_utc,
		recurring: r.rrule !== null,
		place: [r.place_name, r.address, r.district].filter(Boolean).join(', '),
		online: r.online_url,
		source: r.source,
		from: fromOf(r),
		contact: [r.contact_name, r.contact_email, r.contact_phone].filter(Boolean).join(', '),
		cost:
			r.cost_kind === 'amount' && r.cost_cents !== null
				? `${(r.cost_cents / 100).toFixed(2).replace('.', ',')} €${r.cost_note ? ` (${r.cost_note})` : ''}`
				: r.cost_kind === 'free'
					? 'kostenlos'
					: 'auf Anfrage',
		waitingSince: r.updated_at
	}));
}

/** Who hears about the decision: the reporting person, or the partner contact who sent it. */
async function senderOf(
	ctx: Pick<ServiceContext, 'db'>,
	allianceId: string,
	eventId: string
): Promise<{ name: string; email: string } | null> {
	const row = await events.findEventById(ctx.db, allianceId, eventId);
	if (!row) return null;
	if (row.source === 'submission' && row.submitter_email) {
		return { name: row.submitter_name ?? '', email: row.submitter_email };
	}
	if (row.source === 'manual' && row.created_by) {
		const user = await repo.findUserEmail(ctx.db, row.created_by);
		const membership = await findMembership(ctx.db, allianceId, row.created_by);
		// Staff who created the event themselves need no mail about their own decision.
		if (user && membership?.role === 'partner') return { name: user.name, email: user.email };
	}
	return null;
}

async function assertWaiting(ctx: Pick<ServiceContext, 'db'>, allianceId: string, eventId: string) {
	const row = await events.findEventById(ctx.db, allianceId, eventId);
	if (!row) throw new AppError('NOT_FOUND', 'error.notFound');
	if (row.status !== 'submitted') throw new AppError('CONFLICT', 'moderation.error.notWaiting');
}

/** Publishes a waiting event and tells the sender. */
export async function approveEvent(
	ctx: ModerationCtx,
	site: WorkflowSite,
	actor: Actor,
	allianceId: string,
	eventId: string,
	now = new Date()
): Promise<CalendarEvent> {
	await assertAllianceRole(ctx.db, actor, allianceId, ['coordinator', 'editor']);
	await assertWaiting(ctx, allianceId, eventId);
	const event = await setEventStatus(ctx, actor, allianceId, eventId, 'published', { now });
	const sender = await senderOf(ctx, allianceId, eventId);
	if (sender) {
		await safely(ctx, 'approved', () =>
			sendEventApproved(ctx.mailer, sender.email, {
				allianceName: site.allianceName,
				replyTo: site.replyTo,
				name: sender.name,
				title: event.title,
				when: whenOf(event),
				eventUrl: `${site.siteUrl}${occurrencePath(event.slug, false, event.start)}`,
				locale: 'de'
			})
		);
	}
	return event;
}

/** Rejects a waiting event; the reason goes to the sender by mail and stays in the history. */
export async function rejectEvent(
	ctx: ModerationCtx,
	site: WorkflowSite,
	actor: Actor,
	allianceId: string,
	eventId: string,
	reason: string,
	now = new Date()
): Promise<CalendarEvent> {
	await assertAllianceRole(ctx.db, actor, allianceId, ['coordinator', 'editor']);
	const text = reason.trim();
	if (text.length < 5) throw new AppError('INVALID', 'moderation.error.reason', 'reason');
	await assertWaiting(ctx, allianceId, eventId);
	const event = await setEventStatus(ctx, actor, allianceId, eventId, 'rejected', {
		note: text,
		now
	});
	const sender = await senderOf(ctx, allianceId, eventId);
	if (sender) {
		await safely(ctx, 'rejected', () =>
			sendEventRejected(ctx.mailer, sender.email, {
				allianceName: site.allianceName,
				replyTo: site.replyTo,
				name: sender.name,
				title: event.title,
				when: whenOf(event),
				reason: text,
				locale: 'de'
			})
		);
	}
	return event;
}

/** Fields the workflow forms do not show; an edit there keeps them as they are. */
export function keepUnformed(current: CalendarEvent, input: EventInput): EventInput {
	return {
		...input,
		image: current.image,
		attachmentIds: current.attachmentIds,
		highlight: current.highlight
	};
}

/** A moderator corrects a waiting event and publishes it in one step (both in the history). */
export async function editAndApprove(
	ctx: ModerationCtx,
	site: WorkflowSite,
	actor: Actor,
	allianceId: string,
	eventId: string,
	input: EventInput,
	expectedSequence: number | null,
	now = new Date()
): Promise<CalendarEvent> {
	await assertAllianceRole(ctx.db, actor, allianceId, ['coordinator', 'editor']);
	await assertWaiting(ctx, allianceId, eventId);
	const current = await getEvent(ctx, allianceId, eventId);
	if (!current) throw new AppError('NOT_FOUND', 'error.notFound');
	await updateEvent(ctx, actor, allianceId, eventId, keepUnformed(current, input), {
		expectedSequence,
		now,
		note: 'Vor der Freigabe bearbeitet'
	});
	return approveEvent(ctx, site, actor, allianceId, eventId, now);
}
