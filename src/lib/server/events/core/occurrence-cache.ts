import type { DB } from '../../db/db.ts';
import type { EventRow, OverrideRow } from './event.repository.ts';
import * as repo from './event.repository.ts';
import * as overrideRepo from './event-override.repository.ts';
import * as occurrences from './occurrence.repository.ts';
import { expandOccurrences, seriesLastStart, MAX_OCCURRENCES } from './recurrence.ts';

/*
 * The materialised occurrences (event_occurrence): every occurrence of every event from
 * PAST_YEARS back to a rolling horizon HORIZON_MONTHS ahead, rebuilt in the same transaction
 * as every change of the event, and extended once a month. Public lists, month grids, filters,
 * counts and paging are then one indexed query. See docs/decisions/007-recurrence.md.
 */

/** How far ahead the calendar shows occurrences of open-ended series. */
export const HORIZON_MONTHS = 18;
/** How far back occurrences of long-running series are kept for the archive. */
export const PAST_YEARS = 3;
/** Marks a series whose every occurrence is materialised (it needs no extension). */
const COMPLETE = '9999-12-31T00:00:00.000Z';

/** Materialise up to here: the first of the month HORIZON_MONTHS + 1 ahead (changes monthly). */
export function horizonTarget(now: Date): string {
	return new Date(
		Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + HORIZON_MONTHS + 1, 1)
	).toISOString();
}

/** The last instant the public views promise to be complete for. */
export function visibleHorizon(now: Date): string {
	return new Date(
		Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + HORIZON_MONTHS, now.getUTCDate())
	).toISOString();
}

function pastLimit(now: Date): string {
	return new Date(Date.UTC(now.getUTCFullYear() - PAST_YEARS, now.getUTCMonth(), 1)).toISOString();
}

type SeriesRow = Pick<
	EventRow,
	| 'id'
	| 'alliance_id'
	| 'start_utc'
	| 'end_utc'
	| 'all_day'
	| 'time_zone'
	| 'rrule'
	| 'exdates'
	| 'status'
> & { rdates?: string };

function jsonOf(text: string | undefined): string[] {
	try {
		const list = JSON.parse(text ?? '[]') as unknown;
		return Array.isArray(list) ? (list as string[]) : [];
	} catch {
		return [];
	}
}

function exdatesOf(row: SeriesRow): string[] {
	try {
		const list = JSON.parse(row.exdates) as unknown;
		return Array.isArray(list) ? (list as string[]) : [];
	} catch {
		return [];
	}
}

/** The occurrence rows of one event (no database access): used by the rebuild and by bulk seeds. */
export function occurrenceRows(row: SeriesRow, overrides: readonly OverrideRow[], now: Date) {
	const target = horizonTarget(now);
	const series = {
		start: row.start_utc,
		end: row.end_utc,
		allDay: row.all_day === 1,
		timeZone: row.time_zone,
		rrule: row.rrule,
		exdates: exdatesOf(row),
		rdates: jsonOf(row.rdates)
	};
	// Extra dates (RDATE) may lie before the first date.
	const first = [row.start_utc, ...series.rdates.map((r) => new Date(r).toISOString())].sort()[0]!;
	const from = row.rrule && first < pastLimit(now) ? pastLimit(now) : first;
	const list = expandOccurrences(
		series,
		overrides.map((o) => ({
			recurrenceId: o.recurrence_id,
			cancelled: o.cancelled === 1,
			start: o.start_utc,
			end: o.end_utc
		})),
		{ from: row.rrule ? from : '1970-01-01T00:00:00.000Z', to: row.rrule ? target : COMPLETE },
		MAX_OCCURRENCES
	);
	const eventCancelled = row.status === 'cancelled';
	const rows = list.map((o) => ({
		event_id: row.id,
		recurrence_id: o.recurrenceId,
		alliance_id: row.alliance_id,
		status: row.status,
		start_utc: o.start,
		end_utc: o.end,
		all_day: row.all_day,
		cancelled: eventCancelled || o.cancelled ? 1 : 0,
		overridden: o.overridden ? 1 : 0
	}));
	let until = COMPLETE;
	if (row.rrule) {
		const last = seriesLastStart(series);
		until = last !== null && last < target ? COMPLETE : target;
	}
	return { rows, until };
}

/** Rebuilds the occurrences of one event (call inside the transaction that changed it). */
export async function rebuildOccurrences(db: DB, row: SeriesRow, now: Date): Promise<void> {
	const overrides =
		row.rrule || jsonOf(row.rdates).length
			? await overrideRepo.findOverrides(db, row.alliance_id, row.id)
			: [];
	const { rows, until } = occurrenceRows(row, overrides, now);
	await occurrences.replaceOccurrences(db, row.id, rows);
	await repo.updateEventRow(db, row.alliance_id, row.id, { occurrences_until: until });
}

/** Last horizon each alliance was checked for, in this process. */
const checked = new Map<string, string>();

/**
 * Extends open-ended series to the current horizon; cheap when nothing is due (one indexed
 * query per alliance and month per process). Safe on several instances at once.
 */
export async function ensureHorizon(db: DB, allianceId: string, now = new Date()): Promise<void> {
	const target = horizonTarget(now);
	if (checked.get(allianceId) === target) return;
	const due = await occurrences.findSeriesBehindHorizon(db, allianceId, target);
	for (const { id } of due) {
		await db.transaction().execute(async (trx) => {
			const row = await repo.findEventById(trx, allianceId, id);
			if (row) await rebuildOccurrences(trx, row, now);
		});
	}
	checked.set(allianceId, target);
}

/** Forget what was checked (tests that move the clock). */
export function resetHorizonChecks(): void {
	checked.clear();
}
