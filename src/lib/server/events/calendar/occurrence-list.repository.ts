import { sql, type SelectQueryBuilder } from 'kysely';
import type { DB } from '../../db/db.ts';
import type { Database } from '../../db/schema.ts';
import { ReusableQuery } from '../../db/reusable-query.ts';
import type { EventStatus } from '../core/event.table.ts';
import {
	eventsWithDates,
	hasEventFilter,
	prepare,
	whereQuery,
	type OccurrenceKey,
	type OccurrenceQuery,
	type PreparedQuery
} from './occurrence-query.repository.ts';

/* The public calendar's queries over the materialised occurrences of many events. */

/** What a list needs of a date itself (the event's columns come from its own row). */
const DATE_COLUMNS = [
	'o.event_id',
	'o.recurrence_id',
	'o.start_utc',
	'o.end_utc',
	'o.all_day',
	'o.cancelled',
	'o.overridden'
] as const;

/**
 * The keys of one page in index order: per status one ordered range of the
 * (alliance_id, status, start_utc) index, cut at offset + limit, so a page reads a handful of
 * rows however many occurrences lie ahead (`status IN (…)` with ORDER BY start_utc would read and
 * sort all of them). The caller joins the event, partner and override rows for these keys only.
 */
function pageKeys(db: DB, allianceId: string, q: PreparedQuery) {
	const branches = q.statuses.map((status, i) =>
		db
			.selectFrom(
				whereQuery(db, allianceId, { ...q, statuses: [status] })
					.select(['o.event_id', 'o.recurrence_id', 'o.start_utc'])
					.orderBy('o.start_utc', q.order)
					.orderBy('o.event_id', q.order)
					.orderBy('o.recurrence_id', q.order)
					.limit(q.offset + q.limit)
					.as(`s${i}`)
			)
			.selectAll()
	);
	const [first, ...rest] = branches;
	if (!first) throw new Error('pageKeys: no status');
	return rest.reduce((union, branch) => union.unionAll(branch), first);
}

/**
 * Only the keys and times of the matching dates, in order, from the occurrences alone (no event,
 * partner or override row): what the month grid needs to count and place every date of a month
 * before it reads the few it shows with `findOccurrences({ keys })`.
 */
export async function findOccurrenceKeys(db: DB, allianceId: string, query: OccurrenceQuery) {
	const q = await prepare(db, allianceId, query);
	return whereQuery(db, allianceId, q)
		.select(['o.event_id', 'o.recurrence_id', 'o.start_utc', 'o.end_utc'])
		.orderBy('o.start_utc', q.order)
		.orderBy('o.event_id', q.order)
		.orderBy('o.recurrence_id', q.order)
		.limit(q.limit)
		.offset(q.offset)
		.execute();
}

export async function findOccurrences(db: DB, allianceId: string, query: OccurrenceQuery) {
	const q = await prepare(db, allianceId, query);
	const keys = q.keys;
	if (keys && (!keys.length || !q.statuses.length)) return [];
	// A list over many occurrences: pick the page's keys first; given keys (the month grid's)
	// drive the join from a list of values (a row-value IN list of 120 keys made SQLite build a
	// bloom filter per key: 3.2 instead of 2.0 ms); one event's dates need neither.
	const keyed = keys
		? db
				.selectFrom(keyList(keys).as('k'))
				.innerJoin('event_occurrence as o', (join) =>
					join
						.onRef('o.event_id', '=', 'k.event_id')
						.onRef('o.recurrence_id', '=', 'k.recurrence_id')
				)
				.where('o.alliance_id', '=', allianceId)
				.where('o.status', 'in', q.statuses)
		: undefined;
	const base =
		keyed ??
		(q.eventId || q.statuses.length === 0
			? whereQuery(db, allianceId, q)
			: db
					.selectFrom(pageKeys(db, allianceId, q).as('k'))
					.innerJoin('event_occurrence as o', (join) =>
						join
							.onRef('o.event_id', '=', 'k.event_id')
							.onRef('o.recurrence_id', '=', 'k.recurrence_id')
					));
	return (
		base
			.innerJoin('event as e', 'e.id', 'o.event_id')
			.leftJoin('partner as p', 'p.id', 'e.organiser_partner_id')
			.leftJoin('event_override as ov', (join) =>
				join
					.onRef('ov.event_id', '=', 'o.event_id')
					.onRef('ov.recurrence_id', '=', 'o.recurrence_id')
			)
			.select([
				...DATE_COLUMNS,
				'e.slug',
				'e.title',
				'e.summary',
				'e.place_name',
				'e.district',
				'e.online_url',
				'e.rrule',
				'e.status',
				'e.status_note',
				'e.organiser_name',
				'e.cost_kind',
				'e.cost_cents',
				'e.cost_note',
				'e.highlight',
				'e.image_id',
				'e.image_alt',
				'p.name as partner_name',
				'ov.title as ov_title',
				'ov.summary as ov_summary',
				'ov.place_name as ov_place_name',
				'ov.note as ov_note'
			])
			// Occurrence columns only: the (alliance_id, status, start_utc) index gives the order.
			.orderBy('o.start_utc', q.order)
			.orderBy('o.event_id', q.order)
			.orderBy('o.recurrence_id', q.order)
			.limit(q.limit)
			.offset(q.offset)
			.execute()
	);
}

export type OccurrenceRow = Awaited<ReturnType<typeof findOccurrences>>[number];

/**
 * Occurrence keys as a table `(event_id, recurrence_id)` from a list of values (both databases
 * name a VALUES list's columns column1, column2).
 */
function keyList(keys: readonly OccurrenceKey[]) {
	const rows = keys.map((k) => sql`(${k.event_id}, ${k.recurrence_id})`);
	return sql<OccurrenceKey>`(select column1 as event_id, column2 as recurrence_id from (values ${sql.join(rows)}) as v)`;
}

/** A row of findSeriesDates. */
export interface SeriesDateRow {
	event_id: string;
	recurrence_id: string;
	start_utc: string;
	end_utc: string;
	all_day: number;
	cancelled: number;
	overridden: number;
	slug: string;
	rrule: string | null;
	status: EventStatus;
}

/** The statement of findSeriesDates for `count` series and `statusCount` statuses. */
function seriesDatesQuery(
	db: DB,
	{ count, statusCount }: { count: number; statusCount: number },
	standIn: (name: string) => string,
	numberStandIn: (name: string) => number
) {
	const statuses = Array.from(
		{ length: statusCount },
		(_, i) => standIn(`status${i}`) as EventStatus
	);
	const branches = Array.from({ length: count }, (_, i) =>
		db
			.selectFrom(
				db
					.selectFrom('event_occurrence as o')
					.select(DATE_COLUMNS)
					.where('o.alliance_id', '=', standIn('alliance'))
					.where('o.status', 'in', statuses)
					.where('o.event_id', '=', standIn(`event${i}`))
					.where('o.start_utc', '>=', standIn(`from${i}`))
					.where('o.start_utc', '<', standIn('to'))
					.orderBy('o.start_utc')
					.orderBy('o.recurrence_id')
					.limit(numberStandIn('perSeries'))
					.as(`s${i}`)
			)
			.selectAll()
	);
	const [first, ...rest] = branches;
	if (!first) throw new Error('seriesDatesQuery: no series');
	return db
		.selectFrom(rest.reduce((union, branch) => union.unionAll(branch), first).as('r'))
		.innerJoin('event as e', 'e.id', 'r.event_id')
		.select([
			'r.event_id',
			'r.recurrence_id',
			'r.start_utc',
			'r.end_utc',
			'r.all_day',
			'r.cancelled',
			'r.overridden',
			'e.slug',
			'e.rrule',
			'e.status'
		])
		.orderBy('r.event_id')
		.orderBy('r.start_utc')
		.orderBy('r.recurrence_id');
}

const seriesDates = new ReusableQuery<SeriesDateRow, { count: number; statusCount: number }>(
	seriesDatesQuery,
	(shape) => `${shape.count}|${shape.statusCount}`
);

/**
 * The next dates of several series in one query (the /termine list: each listed series with the
 * dates after the listed one): per series its first `perSeries` dates starting at or after its
 * `startFrom` and before `to`, ordered by series, then start. One ordered range of the
 * (event_id, start_utc) index per series, joined into one statement (UNION ALL), instead of one
 * query per series (through Kysely each cost 0.25 ms); a window function over all of them made
 * SQLite read every date ahead. Built once per number of series (ReusableQuery).
 */
export async function findSeriesDates(
	db: DB,
	allianceId: string,
	statuses: readonly EventStatus[],
	series: readonly { eventId: string; startFrom: string }[],
	to: string,
	perSeries: number
): Promise<SeriesDateRow[]> {
	if (!statuses.length || !series.length) return [];
	const values: Record<string, unknown> = { alliance: allianceId, to, perSeries };
	statuses.forEach((status, i) => (values[`status${i}`] = status));
	series.forEach((s, i) => {
		values[`event${i}`] = s.eventId;
		values[`from${i}`] = s.startFrom;
	});
	return seriesDates.execute(db, { count: series.length, statusCount: statuses.length }, values);
}

/** How many rows a query gives (of one column; counted by the database, not read). */
async function countRows(
	db: DB,
	rows: SelectQueryBuilder<Database, never, { [k: string]: string }>
) {
	const row = await db
		.selectFrom(rows.as('m'))
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.executeTakeFirst();
	return Number(row?.n ?? 0);
}

/**
 * How many occurrences match, counted up to `upTo` (a list says "more than …" beyond it: a
 * count stops early instead of walking every date ahead).
 */
export async function countOccurrences(
	db: DB,
	allianceId: string,
	query: OccurrenceQuery,
	upTo?: number
) {
	const q = await prepare(db, allianceId, query);
	const matching = whereQuery(db, allianceId, q).select('o.event_id');
	return countRows(db, upTo === undefined ? matching : matching.limit(upTo));
}

/**
 * How many distinct events have an occurrence matching the query (firstOfSeries ignored),
 * counted up to `upTo`.
 */
export async function countEvents(
	db: DB,
	allianceId: string,
	query: OccurrenceQuery,
	upTo?: number
) {
	const q = await prepare(db, allianceId, query);
	const { firstOfSeries: _ignored, ...dates } = q;
	if (upTo !== undefined && (!hasEventFilter(q) || q.fewEvents) && !q.eventId) {
		// Without conditions on the event (or with the few events they leave): the dates of the
		// window in start order until `upTo` distinct events were seen (about 1 ms for 500; the
		// probes below walk past events first).
		return countRows(
			db,
			whereQuery(db, allianceId, dates).select('o.event_id').distinct().limit(upTo)
		);
	}
	// Per event one probe of its dates: cheaper than reading every matching occurrence row for a
	// distinct count when the event's conditions leave few events.
	const events = eventsWithDates(db, allianceId, q).select('ev.id');
	return countRows(db, upTo === undefined ? events : events.limit(upTo));
}

/** Districts in use by public events, for the filter form. */
export async function findDistricts(db: DB, allianceId: string, statuses: readonly EventStatus[]) {
	const rows = await db
		.selectFrom('event')
		.select('district')
		.distinct()
		.where('alliance_id', '=', allianceId)
		.where('status', 'in', statuses)
		.where('district', '!=', '')
		.orderBy('district')
		.execute();
	return rows.map((r) => r.district);
}

/** Partners that organise public events, for the filter form. */
export function findOrganisingPartners(
	db: DB,
	allianceId: string,
	statuses: readonly EventStatus[]
) {
	return db
		.selectFrom('partner')
		.select(['partner.slug', 'partner.name'])
		.where('partner.alliance_id', '=', allianceId)
		.where((eb) =>
			eb.exists(
				eb
					.selectFrom('event')
					.select('event.id')
					.whereRef('event.organiser_partner_id', '=', 'partner.id')
					.where('event.status', 'in', statuses)
			)
		)
		.orderBy('partner.name')
		.execute();
}
