import { contentChanged } from '../../alliances/content-changed.ts';
import { AppError } from '../../app-error.ts';
import type { DB } from '../../db/db.ts';
import { assertMayEditEvent } from './event-access.ts';
import { cleanLine, cleanText } from './event-text.ts';
import type { OverrideRow } from './event.repository.ts';
import * as repo from './event.repository.ts';
import * as overrideRepo from './event-override.repository.ts';
import { recordEventChange } from './event-write.ts';
import { type WriteCtx } from './event.service.ts';
import { actorUserId, type EventActor } from './event.types.ts';
import { rebuildOccurrences } from './occurrence-cache.ts';
import { isOccurrenceOf } from './recurrence.ts';

/*
 * One date of a series: cancel it (it stays visible, marked), move it, change its details, or
 * restore it to the rule. Stored as an override keyed by the original start (RECURRENCE-ID).
 */

type OverrideChange = Partial<
	Pick<
		OverrideRow,
		'cancelled' | 'start_utc' | 'end_utc' | 'title' | 'summary' | 'place_name' | 'address' | 'note'
	>
>;

const YEAR_MIN = Date.UTC(2000, 0, 1);
const YEAR_MAX = Date.UTC(2100, 0, 1);

async function changeOverride(
	ctx: WriteCtx,
	actor: EventActor,
	allianceId: string,
	eventId: string,
	recurrenceIdRaw: string,
	action: string,
	apply: (existing: OverrideRow | undefined) => OverrideChange | null,
	now: Date
): Promise<void> {
	const recurrenceId = new Date(recurrenceIdRaw).toISOString();
	const nowIso = now.toISOString();
	await ctx.db.transaction().execute(async (trx: DB) => {
		const event = await repo.findEventById(trx, allianceId, eventId);
		if (!event) throw new AppError('NOT_FOUND', 'error.notFound');
		await assertMayEditEvent(trx, actor, allianceId, [event.organiser_partner_id]);
		const rdates = JSON.parse(event.rdates) as string[];
		if (!event.rrule && !rdates.length) throw new AppError('INVALID', 'events.error.notRecurring');
		const series = {
			start: event.start_utc,
			end: event.end_utc,
			allDay: event.all_day === 1,
			timeZone: event.time_zone,
			rrule: event.rrule,
			rdates
		};
		const exdates = JSON.parse(event.exdates) as string[];
		if (!isOccurrenceOf(series, recurrenceId) || exdates.includes(recurrenceId)) {
			throw new AppError('NOT_FOUND', 'events.error.noSuchOccurrence');
		}
		const overrides = await overrideRepo.findOverrides(trx, allianceId, eventId);
		const existing = overrides.find((o) => o.recurrence_id === recurrenceId);
		const change = apply(existing);
		const sequence = event.sequence + 1;
		if (change === null) {
			if (!existing) return;
			await overrideRepo.deleteOverride(trx, allianceId, eventId, recurrenceId);
		} else {
			const merged = {
				cancelled: existing?.cancelled ?? 0,
				start_utc: existing?.start_utc ?? null,
				end_utc: existing?.end_utc ?? null,
				title: existing?.title ?? null,
				summary: existing?.summary ?? null,
				place_name: existing?.place_name ?? null,
				address: existing?.address ?? null,
				note: existing?.note ?? '',
				...change
			};
			await overrideRepo.upsertOverride(trx, {
				id: existing?.id ?? crypto.randomUUID(),
				alliance_id: allianceId,
				event_id: eventId,
				recurrence_id: recurrenceId,
				...merged,
				sequence,
				created_at: existing?.created_at ?? nowIso,
				updated_at: nowIso,
				updated_by: actorUserId(actor)
			});
		}
		await repo.updateEventRow(trx, allianceId, eventId, {
			sequence,
			updated_at: nowIso,
			updated_by: actorUserId(actor)
		});
		await rebuildOccurrences(trx, event, now);
		const changes: Record<string, [unknown, unknown]> = {};
		for (const [key, value] of Object.entries(change ?? {})) {
			const before = existing ? (existing as Record<string, unknown>)[key] : null;
			if (before !== value) changes[key] = [before ?? null, value];
		}
		await recordEventChange(
			trx,
			actor,
			allianceId,
			{ id: eventId, title: event.title },
			{ action, changes, recurrenceId, note: change?.note ?? '' },
			nowIso
		);
	});
	await contentChanged(ctx, allianceId);
}

interface Options {
	note?: string;
	now?: Date;
}

/** This date does not take place; it stays in the calendar, marked, with the note as reason. */
export function cancelOccurrence(
	ctx: WriteCtx,
	actor: EventActor,
	allianceId: string,
	eventId: string,
	recurrenceId: string,
	options: Options = {}
): Promise<void> {
	return changeOverride(
		ctx,
		actor,
		allianceId,
		eventId,
		recurrenceId,
		'occurrence.cancel',
		() => ({ cancelled: 1, note: cleanText(options.note ?? '').slice(0, 2000) }),
		options.now ?? new Date()
	);
}

/** This date takes place at another time (RECURRENCE-ID keeps the original start). */
export async function moveOccurrence(
	ctx: WriteCtx,
	actor: EventActor,
	allianceId: string,
	eventId: string,
	recurrenceId: string,
	times: { start: string; end: string },
	options: Options = {}
): Promise<void> {
	const start = Date.parse(times.start);
	const end = Date.parse(times.end);
	if (Number.isNaN(start) || Number.isNaN(end)) throw new AppError('INVALID', 'error.date', 'date');
	if (start < YEAR_MIN || end >= YEAR_MAX)
		throw new AppError('INVALID', 'events.error.dateRange', 'date');
	if (end < start) throw new AppError('INVALID', 'events.error.endBeforeStart', 'endDate');
	if (end - start > 366 * 86_400_000)
		throw new AppError('INVALID', 'events.error.tooLong', 'endDate');
	return changeOverride(
		ctx,
		actor,
		allianceId,
		eventId,
		recurrenceId,
		'occurrence.move',
		() => ({
			cancelled: 0,
			start_utc: new Date(start).toISOString(),
			end_utc: new Date(end).toISOString(),
			note: cleanText(options.note ?? '').slice(0, 2000)
		}),
		options.now ?? new Date()
	);
}

export interface OccurrenceDetails {
	/** null or '': as in the series */
	title?: string | null;
	summary?: string | null;
	placeName?: string | null;
	address?: string | null;
	note?: string;
}

/** Other details for this one date (e.g. another room); empty values fall back to the series. */
export function changeOccurrence(
	ctx: WriteCtx,
	actor: EventActor,
	allianceId: string,
	eventId: string,
	recurrenceId: string,
	details: OccurrenceDetails,
	options: Omit<Options, 'note'> = {}
): Promise<void> {
	const value = (v: string | null | undefined, max: number) => {
		const cleaned = cleanLine(v ?? '').slice(0, max);
		return cleaned === '' ? null : cleaned;
	};
	return changeOverride(
		ctx,
		actor,
		allianceId,
		eventId,
		recurrenceId,
		'occurrence.change',
		() => ({
			title: value(details.title, 200),
			summary: value(details.summary, 600),
			place_name: value(details.placeName, 300),
			address: value(details.address, 300),
			note: cleanText(details.note ?? '').slice(0, 2000)
		}),
		options.now ?? new Date()
	);
}

/** Back to the rule: the date takes place as the series says. */
export function restoreOccurrence(
	ctx: WriteCtx,
	actor: EventActor,
	allianceId: string,
	eventId: string,
	recurrenceId: string,
	options: Omit<Options, 'note'> = {}
): Promise<void> {
	return changeOverride(
		ctx,
		actor,
		allianceId,
		eventId,
		recurrenceId,
		'occurrence.restore',
		() => null,
		options.now ?? new Date()
	);
}
