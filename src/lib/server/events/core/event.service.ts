import type { ServiceContext } from '../../context.ts';
import { contentChanged } from '../../alliances/content-changed.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import { assertSameAlliance } from '../../access/access.service.ts';
import { RuleError } from '../../auth/rule-error.ts';
import { htmlToText } from '../../content/sanitize.ts';
import { isUniqueViolation } from '../../content/db-errors.ts';
import type { DB } from '../../db/db.ts';
import type { EventTable } from '../../db/schema.ts';
import type { Insertable } from 'kysely';
import { assertMayEditEvent, assertMaySetStatus } from './event-access.ts';
import { diffEvent, type Changes } from './event-diff.ts';
import { slugify } from './event-text.ts';
import { toCalendarEvent, toOverride } from './event.mapper.ts';
import * as repo from './event.repository.ts';
import { eventInputSchema, firstProblem } from './event.schema.ts';
import {
	actorUserId,
	type CalendarEvent,
	type EventActor,
	type EventInput,
	type EventOverride,
	type EventSource,
	type EventStatus
} from './event.types.ts';
import { rebuildOccurrences } from './occurrence-cache.ts';
import { isOccurrenceOf } from './recurrence.ts';
import { DEFAULT_TIME_ZONE } from './time-zone.ts';

/*
 * Creating, changing, publishing and deleting events. Every change runs in one transaction:
 * the event, its relations, its materialised occurrences, its history entry, the audit log and
 * the calendar version — all or nothing. Afterwards the alliance's content version rises.
 * One occurrence (cancel, move, change) is handled in occurrence.service.ts.
 */

export type ReadCtx = Pick<ServiceContext, 'db'>;
export type WriteCtx = Pick<ServiceContext, 'db' | 'registry' | 'publicUrl'>;

/** Path segments the calendar uses itself; an event never gets one of them as its slug. */
const RESERVED_SLUGS = new Set([
	'monat',
	'tag',
	'archiv',
	'feed',
	'feed.ics',
	'feed.rss',
	'neu',
	'melden',
	'widget',
	'einbetten',
	'suche'
]);

export async function getEvent(
	ctx: ReadCtx,
	allianceId: string,
	id: string
): Promise<CalendarEvent | undefined> {
	const row = await repo.findEventById(ctx.db, allianceId, id);
	if (!row) return undefined;
	return toCalendarEvent(row, await repo.findRelations(ctx.db, [row.id]));
}

export async function getEventOverrides(
	ctx: ReadCtx,
	allianceId: string,
	eventId: string
): Promise<EventOverride[]> {
	return (await repo.findOverrides(ctx.db, allianceId, eventId)).map(toOverride);
}

/** Finds an event imported from a subscription by its UID there (import jobs). */
export async function findImportedEvent(
	ctx: ReadCtx,
	allianceId: string,
	sourceFeedId: string,
	externalUid: string
): Promise<CalendarEvent | undefined> {
	const row = await repo.findEventByExternalUid(ctx.db, allianceId, sourceFeedId, externalUid);
	return row && toCalendarEvent(row, await repo.findRelations(ctx.db, [row.id]));
}

/** Checks and cleans an input; throws RuleError (400) naming the form field. */
export function validateEventInput(input: EventInput): EventInput {
	const parsed = eventInputSchema.safeParse(input);
	if (!parsed.success) {
		const { key, field } = firstProblem(parsed.error);
		throw new RuleError(key, 400, field);
	}
	return parsed.data;
}

/** Topics, organiser, image and attachments must belong to the alliance. */
async function assertReferences(
	db: DB,
	allianceId: string,
	input: EventInput
): Promise<string | null> {
	await assertSameAlliance({ db }, allianceId, [
		{ kind: 'topic', field: 'topics', ids: input.topicIds },
		{ kind: 'partner', field: 'organiser', ids: input.organiserPartnerId },
		{ kind: 'image', field: 'imageId', ids: input.image?.fileId },
		{ kind: 'document', field: 'attachments', ids: input.attachmentIds }
	]);
	if (!input.organiserPartnerId) return null;
	return (await repo.findPartnerName(db, allianceId, input.organiserPartnerId))?.name ?? null;
}

function searchText(input: EventInput, organiserName: string): string {
	return [
		input.title,
		input.summary,
		htmlToText(input.descriptionHtml),
		input.location.placeName,
		input.location.address,
		input.location.district,
		organiserName
	]
		.join(' ')
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.slice(0, 20_000);
}

/** The columns an input sets (shared by create and update). */
function columnsOf(input: EventInput, partnerName: string | null) {
	return {
		title: input.title,
		summary: input.summary,
		description_html: input.descriptionHtml,
		start_utc: input.start,
		end_utc: input.end,
		all_day: input.allDay ? 1 : 0,
		...(input.timeZone ? { time_zone: input.timeZone } : {}),
		rrule: input.rrule,
		exdates: JSON.stringify(input.exdates),
		...(input.rdates ? { rdates: JSON.stringify(input.rdates) } : {}),
		place_name: input.location.placeName,
		address: input.location.address,
		district: input.location.district,
		latitude: input.location.latitude,
		longitude: input.location.longitude,
		online_url: input.location.onlineUrl,
		organiser_partner_id: input.organiserPartnerId,
		organiser_name: input.organiserPartnerId ? '' : input.organiserName,
		contact_name: input.contact.name,
		contact_email: input.contact.email,
		contact_phone: input.contact.phone,
		website_url: input.contact.websiteUrl,
		cost_kind: input.cost.kind,
		cost_cents: input.cost.cents,
		cost_note: input.cost.note,
		accessibility: input.accessibility,
		languages: JSON.stringify(input.languages),
		image_id: input.image?.fileId ?? null,
		image_alt: input.image?.alt ?? '',
		highlight: input.highlight ? 1 : 0,
		search_text: searchText(input, partnerName ?? input.organiserName)
	};
}

async function uniqueSlug(db: DB, allianceId: string, title: string, exceptId?: string) {
	const base = slugify(title);
	for (let n = 1; n < 1000; n++) {
		const candidate = n === 1 ? base : `${base}-${n}`;
		if (RESERVED_SLUGS.has(candidate)) continue;
		if (!(await repo.slugTaken(db, allianceId, candidate, exceptId))) return candidate;
	}
	return `${base}-${crypto.randomUUID().slice(0, 8)}`;
}

function uidHost(publicUrl: string): string {
	try {
		return new URL(publicUrl).hostname || 'buendnis.invalid';
	} catch {
		return 'buendnis.invalid';
	}
}

interface HistoryEntry {
	action: string;
	changes?: Changes;
	note?: string;
	recurrenceId?: string | null;
}

/** Writes history, audit and calendar version of a change (inside its transaction). */
export async function recordEventChange(
	db: DB,
	actor: EventActor,
	allianceId: string,
	event: { id: string; title: string },
	entry: HistoryEntry,
	now: string
): Promise<void> {
	await repo.insertHistory(db, {
		id: crypto.randomUUID(),
		alliance_id: allianceId,
		event_id: event.id,
		recurrence_id: entry.recurrenceId ?? null,
		user_id: actorUserId(actor),
		action: entry.action,
		changes: JSON.stringify(entry.changes ?? {}),
		note: entry.note ?? '',
		created_at: now
	});
	await recordAudit(
		{ db },
		{
			allianceId,
			userId: actorUserId(actor),
			action: entry.action,
			entity: 'event',
			entityId: event.id,
			summary: event.title
		}
	);
	await repo.bumpCalendarState(db, allianceId, now);
}

export interface CreateOptions {
	/** Default 'draft'. Partner contacts may only use draft or submitted. */
	status?: EventStatus;
	source?: EventSource;
	sourceFeedId?: string | null;
	externalUid?: string | null;
	submitter?: { name: string; email: string } | null;
	now?: Date;
}

/** Creates an event (single or series) with its occurrences. */
export async function createEvent(
	ctx: WriteCtx,
	actor: EventActor,
	allianceId: string,
	raw: EventInput,
	options: CreateOptions = {}
): Promise<CalendarEvent> {
	const input = validateEventInput(raw);
	const status = options.status ?? 'draft';
	const role = await assertMayEditEvent(ctx.db, actor, allianceId, [input.organiserPartnerId]);
	assertMaySetStatus(role, status);
	const now = options.now ?? new Date();
	const nowIso = now.toISOString();
	const id = crypto.randomUUID();

	const attempt = () =>
		ctx.db.transaction().execute(async (trx) => {
			const partnerName = await assertReferences(trx, allianceId, input);
			const row: Insertable<EventTable> = {
				id,
				alliance_id: allianceId,
				slug: await uniqueSlug(trx, allianceId, input.title),
				uid: `${id}@${uidHost(ctx.publicUrl)}`,
				time_zone: DEFAULT_TIME_ZONE,
				...columnsOf(input, partnerName),
				status,
				source: options.source ?? 'manual',
				source_feed_id: options.sourceFeedId ?? null,
				external_uid: options.externalUid ?? null,
				submitter_name: options.submitter?.name ?? null,
				submitter_email: options.submitter?.email ?? null,
				published_at: status === 'published' ? nowIso : null,
				created_at: nowIso,
				created_by: actorUserId(actor),
				updated_at: nowIso,
				updated_by: actorUserId(actor)
			};
			await repo.insertEvent(trx, row);
			await repo.replaceRelations(trx, id, input);
			const saved = await repo.findEventById(trx, allianceId, id);
			if (!saved) throw new Error('event not saved');
			await rebuildOccurrences(trx, saved, now);
			await recordEventChange(
				trx,
				actor,
				allianceId,
				{ id, title: input.title },
				{ action: 'create', changes: { status: [null, status] } },
				nowIso
			);
		});
	try {
		await attempt();
	} catch (error) {
		// Two people saving the same title at the same moment: the unique slug index decides; retry once.
		if (!isUniqueViolation(error)) throw error;
		await attempt();
	}
	await contentChanged(ctx, allianceId);
	const created = await getEvent(ctx, allianceId, id);
	if (!created) throw new Error('event not found after create');
	return created;
}

export interface UpdateOptions {
	/** The sequence the editor saw; a different current one means someone else saved meanwhile. */
	expectedSequence?: number | null;
	now?: Date;
	note?: string;
}

/**
 * Changes an event. Overrides of occurrences that the new rule no longer produces are removed
 * (and named in the history). SEQUENCE rises.
 */
export async function updateEvent(
	ctx: WriteCtx,
	actor: EventActor,
	allianceId: string,
	eventId: string,
	raw: EventInput,
	options: UpdateOptions = {}
): Promise<CalendarEvent> {
	const input = validateEventInput(raw);
	const now = options.now ?? new Date();
	const nowIso = now.toISOString();
	await ctx.db.transaction().execute(async (trx) => {
		const current = await repo.findEventById(trx, allianceId, eventId);
		if (!current) throw new RuleError('error.notFound', 404);
		await assertMayEditEvent(trx, actor, allianceId, [
			current.organiser_partner_id,
			input.organiserPartnerId
		]);
		if (options.expectedSequence != null && options.expectedSequence !== current.sequence) {
			throw new RuleError('events.error.conflict', 409);
		}
		const before = toCalendarEvent(current, await repo.findRelations(trx, [eventId]));
		const partnerName = await assertReferences(trx, allianceId, input);
		const changes = diffEvent(before, input);
		if (Object.keys(changes).length === 0) return;

		const series = {
			start: input.start,
			end: input.end,
			allDay: input.allDay,
			rrule: input.rrule,
			exdates: input.exdates
		};
		const overrides = await repo.findOverrides(trx, allianceId, eventId);
		const orphaned = overrides.filter(
			(o) => !input.rrule || !isOccurrenceOf(series, o.recurrence_id)
		);
		await repo.deleteOverridesById(
			trx,
			orphaned.map((o) => o.id)
		);
		if (orphaned.length) changes.overridesRemoved = [orphaned.length, 0];

		await repo.updateEventRow(trx, allianceId, eventId, {
			...columnsOf(input, partnerName),
			sequence: current.sequence + 1,
			updated_at: nowIso,
			updated_by: actorUserId(actor)
		});
		await repo.replaceRelations(trx, eventId, input);
		const saved = await repo.findEventById(trx, allianceId, eventId);
		if (!saved) throw new Error('event vanished');
		await rebuildOccurrences(trx, saved, now);
		await recordEventChange(
			trx,
			actor,
			allianceId,
			{ id: eventId, title: input.title },
			{ action: 'update', changes, note: options.note },
			nowIso
		);
	});
	await contentChanged(ctx, allianceId);
	const updated = await getEvent(ctx, allianceId, eventId);
	if (!updated) throw new RuleError('error.notFound', 404);
	return updated;
}

/**
 * Publishes, cancels, rejects, submits or withdraws an event. A cancelled event stays visible,
 * marked; `note` is the public reason (cancelled) or the reason for the organiser (rejected).
 */
export async function setEventStatus(
	ctx: WriteCtx,
	actor: EventActor,
	allianceId: string,
	eventId: string,
	status: EventStatus,
	options: { note?: string; now?: Date } = {}
): Promise<CalendarEvent> {
	const now = options.now ?? new Date();
	const nowIso = now.toISOString();
	await ctx.db.transaction().execute(async (trx) => {
		const current = await repo.findEventById(trx, allianceId, eventId);
		if (!current) throw new RuleError('error.notFound', 404);
		const role = await assertMayEditEvent(trx, actor, allianceId, [current.organiser_partner_id]);
		assertMaySetStatus(role, status);
		if (role === 'partner') assertMaySetStatus(role, current.status);
		const note = options.note ?? '';
		if (current.status === status && current.status_note === note) return;
		await repo.updateEventRow(trx, allianceId, eventId, {
			status,
			status_note: note,
			sequence: current.sequence + 1,
			published_at:
				status === 'published' ? (current.published_at ?? nowIso) : current.published_at,
			updated_at: nowIso,
			updated_by: actorUserId(actor)
		});
		await rebuildOccurrences(trx, { ...current, status }, now);
		await recordEventChange(
			trx,
			actor,
			allianceId,
			{ id: eventId, title: current.title },
			{ action: `status.${status}`, changes: { status: [current.status, status] }, note },
			nowIso
		);
	});
	await contentChanged(ctx, allianceId);
	const updated = await getEvent(ctx, allianceId, eventId);
	if (!updated) throw new RuleError('error.notFound', 404);
	return updated;
}

/** Deletes an event with its occurrences, overrides and history (the audit log keeps a line). */
export async function deleteEvent(
	ctx: WriteCtx,
	actor: EventActor,
	allianceId: string,
	eventId: string
): Promise<void> {
	const nowIso = new Date().toISOString();
	await ctx.db.transaction().execute(async (trx) => {
		const current = await repo.findEventById(trx, allianceId, eventId);
		if (!current) throw new RuleError('error.notFound', 404);
		const role = await assertMayEditEvent(trx, actor, allianceId, [current.organiser_partner_id]);
		if (role === 'partner') assertMaySetStatus(role, current.status);
		await repo.deleteEventRow(trx, allianceId, eventId);
		await recordAudit(
			{ db: trx },
			{
				allianceId,
				userId: actorUserId(actor),
				action: 'delete',
				entity: 'event',
				entityId: eventId,
				summary: current.title
			}
		);
		await repo.bumpCalendarState(trx, allianceId, nowIso);
	});
	await contentChanged(ctx, allianceId);
}

export interface HistoryItem {
	at: string;
	userName: string | null;
	action: string;
	recurrenceId: string | null;
	changes: Changes;
	note: string;
}

/** Who changed what, newest first. */
export async function eventHistory(
	ctx: ReadCtx,
	allianceId: string,
	eventId: string
): Promise<HistoryItem[]> {
	const rows = await repo.findHistory(ctx.db, allianceId, eventId);
	return rows.map((r) => {
		let changes: Changes;
		try {
			changes = JSON.parse(r.changes) as Changes;
		} catch {
			changes = {};
		}
		return {
			at: r.created_at,
			userName: r.user_name,
			action: r.action,
			recurrenceId: r.recurrence_id,
			changes,
			note: r.note
		};
	});
}
