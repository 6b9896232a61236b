import type { Insertable } from 'kysely';
import type { DB } from '../../db/db.ts';
import type { EventOccurrenceTable } from './event.table.ts';

/*
 * SQL for the materialised occurrences (event_occurrence): writing them and the dates of one
 * event. The calendar's queries over many events: calendar/occurrence-list.repository.ts.
 */

/** An occurrence row with its length in whole minutes, rounded up (what overlap queries bound by). */
export function withLength(
	row: Insertable<EventOccurrenceTable>
): Insertable<EventOccurrenceTable> & { length_minutes: number } {
	const ms = Date.parse(row.end_utc) - Date.parse(row.start_utc);
	return { ...row, length_minutes: Math.max(0, Math.ceil(ms / 60_000)) };
}

export async function replaceOccurrences(
	db: DB,
	eventId: string,
	rows: Insertable<EventOccurrenceTable>[]
): Promise<void> {
	await db.deleteFrom('event_occurrence').where('event_id', '=', eventId).execute();
	// 10 columns × 400 rows stays below every driver's parameter limit.
	for (let i = 0; i < rows.length; i += 400) {
		await db
			.insertInto('event_occurrence')
			.values(rows.slice(i, i + 400).map(withLength))
			.onConflict((oc) => oc.columns(['event_id', 'recurrence_id']).doNothing())
			.execute();
	}
}

/** Recurring events whose occurrences end before `target` (they need the horizon extended). */
export function findSeriesBehindHorizon(db: DB, allianceId: string, target: string) {
	return db
		.selectFrom('event')
		.select('id')
		.where('alliance_id', '=', allianceId)
		.where('rrule', 'is not', null)
		.where((eb) =>
			eb.or([eb('occurrences_until', 'is', null), eb('occurrences_until', '<', target)])
		)
		.execute();
}

/** Occurrences of one event in a window (detail page: "next dates", admin occurrence list). */
export function findOccurrencesOfEvent(
	db: DB,
	allianceId: string,
	eventId: string,
	window: { from: string; to?: string },
	limit: number
) {
	let q = db
		.selectFrom('event_occurrence')
		.select(['recurrence_id', 'start_utc', 'end_utc', 'all_day', 'cancelled', 'overridden'])
		.where('alliance_id', '=', allianceId)
		.where('event_id', '=', eventId)
		.where('end_utc', '>', window.from);
	if (window.to) q = q.where('start_utc', '<', window.to);
	return q.orderBy('start_utc').limit(limit).execute();
}

/** The occurrence of an event on a local day given as a UTC range (by original or actual start). */
export function findOccurrenceOfEventIn(
	db: DB,
	allianceId: string,
	eventId: string,
	range: { from: string; to: string }
) {
	return db
		.selectFrom('event_occurrence')
		.select(['recurrence_id', 'start_utc', 'end_utc', 'all_day', 'cancelled', 'overridden'])
		.where('alliance_id', '=', allianceId)
		.where('event_id', '=', eventId)
		.where((eb) =>
			eb.or([
				eb.and([eb('recurrence_id', '>=', range.from), eb('recurrence_id', '<', range.to)]),
				eb.and([eb('start_utc', '>=', range.from), eb('start_utc', '<', range.to)])
			])
		)
		.orderBy('recurrence_id')
		.execute();
}
