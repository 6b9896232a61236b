import type { Insertable } from 'kysely';
import type { DB } from '../../db/db.ts';
import type { EventOccurrenceTable, EventStatus } from './event.table.ts';
import { likePattern } from './event-admin.repository.ts';

/* SQL for the materialised occurrences (event_occurrence) and the public calendar queries. */

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

export interface OccurrenceQuery {
	statuses: readonly EventStatus[];
	/** Occurrences that end after `from` … */
	from?: string;
	/** … and start before `to` */
	to?: string;
	/** Occurrences that start at or after this instant */
	startFrom?: string;
	/** Archive: occurrences that ended at or before this instant */
	endedBy?: string;
	topicSlugs: readonly string[];
	/** Already widened by the service (a 3–6 filter also finds events for everyone) */
	targetGroups: readonly string[];
	free: boolean;
	districts: readonly string[];
	partnerSlugs: readonly string[];
	/** Lower-case words, each must occur */
	terms: readonly string[];
	eventId?: string;
	recurrenceId?: string;
	/**
	 * Each event once: only its first occurrence that ends after `endAfter` and starts before
	 * `startBefore` (a series is listed at its next date; single events are unaffected).
	 */
	firstOfSeries?: { endAfter: string; startBefore: string };
	/** Exactly these dates (the month grid: the ones its cells show) */
	keys?: readonly OccurrenceKey[];
	order: 'asc' | 'desc';
	limit: number;
	offset: number;
}

/** One date of one event: the occurrence's primary key. */
export interface OccurrenceKey {
	event_id: string;
	recurrence_id: string;
}

function hasEventFilter(q: OccurrenceQuery): boolean {
	return (
		q.free ||
		q.districts.length > 0 ||
		q.partnerSlugs.length > 0 ||
		q.topicSlugs.length > 0 ||
		q.targetGroups.length > 0 ||
		q.terms.length > 0
	);
}

/** A query as `prepare` leaves it. */
interface PreparedQuery extends OccurrenceQuery {
	/**
	 * The alliance's events that pass the conditions on the event, when they are few (at most
	 * FEW_EVENTS): read first, so the dates are looked up per event.
	 */
	fewEvents?: readonly string[];
}

/**
 * The conditions of a query on the occurrences alone; conditions on the event go into one
 * `event_id IN (…)` sub-query (or the list of the few events they leave), so counting and
 * ordering need no join.
 */
function whereQuery(db: DB, allianceId: string, q: PreparedQuery) {
	const few = q.fewEvents;
	let query = few
		? // The events were read with the alliance's id: their dates are the alliance's. Without a
			// condition on o.alliance_id no index that starts with it competes with the one per
			// event, whatever the planner's statistics say.
			db
				.selectFrom('event_occurrence as o')
				.where((eb) => (few.length ? eb('o.event_id', 'in', few) : eb.lit(false)))
		: db.selectFrom('event_occurrence as o').where('o.alliance_id', '=', allianceId);
	query = query.where('o.status', 'in', q.statuses);
	if (q.from) query = query.where('o.end_utc', '>', q.from);
	if (q.to) query = query.where('o.start_utc', '<', q.to);
	if (q.startFrom) query = query.where('o.start_utc', '>=', q.startFrom);
	if (q.endedBy) query = query.where('o.end_utc', '<=', q.endedBy);
	if (q.eventId) query = query.where('o.event_id', '=', q.eventId);
	if (q.recurrenceId) query = query.where('o.recurrence_id', '=', q.recurrenceId);
	const keys = q.keys;
	if (keys) {
		query = query.where((eb) =>
			keys.length
				? eb(
						eb.refTuple('o.event_id', 'o.recurrence_id'),
						'in',
						keys.map((k) => eb.tuple(k.event_id, k.recurrence_id))
					)
				: eb.lit(false)
		);
	}
	if (q.firstOfSeries) {
		const { endAfter, startBefore } = q.firstOfSeries;
		query = query.where((eb) =>
			eb(
				'o.start_utc',
				'=',
				eb
					.selectFrom('event_occurrence as first')
					.select((f) => f.fn.min<string>('first.start_utc').as('start'))
					.where('first.alliance_id', '=', allianceId)
					.whereRef('first.event_id', '=', 'o.event_id')
					.where('first.end_utc', '>', endAfter)
					.where('first.start_utc', '<', startBefore)
			)
		);
	}
	if (!hasEventFilter(q) || few) return query;
	return query.where('o.event_id', 'in', matchingEvents(db, allianceId, q));
}

/** The ids of the alliance's events that pass the query's conditions on the event. */
function matchingEvents(db: DB, allianceId: string, q: OccurrenceQuery) {
	{
		let events = db.selectFrom('event as e').select('e.id').where('e.alliance_id', '=', allianceId);
		if (q.free) events = events.where('e.cost_kind', '=', 'free');
		if (q.districts.length) events = events.where('e.district', 'in', q.districts);
		if (q.partnerSlugs.length) {
			events = events.where('e.organiser_partner_id', 'in', (sub) =>
				sub
					.selectFrom('partner')
					.select('partner.id')
					.where('partner.alliance_id', '=', allianceId)
					.where('partner.slug', 'in', q.partnerSlugs)
			);
		}
		if (q.topicSlugs.length) {
			events = events.where((w) =>
				w.exists(
					w
						.selectFrom('event_topic as et')
						.innerJoin('topic as t', 't.id', 'et.topic_id')
						.select('et.event_id')
						.whereRef('et.event_id', '=', 'e.id')
						.where('t.slug', 'in', q.topicSlugs)
				)
			);
		}
		if (q.targetGroups.length) {
			events = events.where((w) =>
				w.exists(
					w
						.selectFrom('event_target_group as g')
						.select('g.event_id')
						.whereRef('g.event_id', '=', 'e.id')
						.where('g.target_group', 'in', q.targetGroups)
				)
			);
		}
		for (const term of q.terms) {
			events = events.where('e.search_text', 'like', likePattern(term));
		}
		return events;
	}
}

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

/** Conditions on the event that leave at most this many events are resolved to their ids first. */
const FEW_EVENTS = 200;

/**
 * The query made cheap to answer whatever the planner's statistics:
 * - dates overlapping a window (`from`) get a lower bound on their start: no date of the
 *   alliance is longer than its longest, so none that starts earlier than `from` minus that can
 *   still run at `from`. "Ends after `from`" alone is every date ahead; with the bound it is a
 *   short range of the start index (length_minutes, migration 2026-12-07T0700).
 * - conditions on the event (a partner, a topic, a word) that leave few events are read first,
 *   and the dates looked up per event: walking all dates ahead in start order to find a partner's
 *   five took 15 ms on SQLite (its sampled statistics chose that plan), per event 0.2 ms.
 */
async function prepare(db: DB, allianceId: string, query: OccurrenceQuery): Promise<PreparedQuery> {
	let q: PreparedQuery = query;
	if (hasEventFilter(q) && !q.eventId && !q.keys) {
		const events = await matchingEvents(db, allianceId, q)
			.limit(FEW_EVENTS + 1)
			.execute();
		if (events.length <= FEW_EVENTS) q = { ...q, fewEvents: events.map((e) => e.id) };
	}
	if (!q.from || q.keys || q.eventId) return q;
	const row = await db
		.selectFrom('event_occurrence')
		.select((eb) => eb.fn.max<number | null>('length_minutes').as('longest'))
		.where('alliance_id', '=', allianceId)
		.executeTakeFirst();
	const floor = new Date(Date.parse(q.from) - Number(row?.longest ?? 0) * 60_000).toISOString();
	return { ...q, startFrom: q.startFrom && q.startFrom > floor ? q.startFrom : floor };
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
	// A list over many occurrences: pick the page's keys first (one event's dates, or given
	// keys, need not).
	const base =
		q.eventId || q.keys || q.statuses.length === 0
			? whereQuery(db, allianceId, q)
			: db
					.selectFrom(pageKeys(db, allianceId, q).as('k'))
					.innerJoin('event_occurrence as o', (join) =>
						join
							.onRef('o.event_id', '=', 'k.event_id')
							.onRef('o.recurrence_id', '=', 'k.recurrence_id')
					);
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
				'o.event_id',
				'o.recurrence_id',
				'o.start_utc',
				'o.end_utc',
				'o.all_day',
				'o.cancelled',
				'o.overridden',
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
 * The next dates of several series in one query (the /termine list: each listed series with the
 * dates after the listed one): per series its first `perSeries` dates starting at or after its
 * `startFrom` and before `to`, ordered by series, then start. One ordered range of the
 * (event_id, start_utc) index per series, joined into one statement (UNION ALL), instead of one
 * query per series; a window function over all of them made SQLite read every date ahead.
 */
export async function findSeriesDates(
	db: DB,
	allianceId: string,
	statuses: readonly EventStatus[],
	series: readonly { eventId: string; startFrom: string }[],
	to: string,
	perSeries: number
) {
	if (!statuses.length) return [];
	const branches = series.map((s, i) =>
		db
			.selectFrom(
				db
					.selectFrom('event_occurrence as o')
					.select([
						'o.event_id',
						'o.recurrence_id',
						'o.start_utc',
						'o.end_utc',
						'o.all_day',
						'o.cancelled',
						'o.overridden'
					])
					.where('o.alliance_id', '=', allianceId)
					.where('o.status', 'in', statuses)
					.where('o.event_id', '=', s.eventId)
					.where('o.start_utc', '>=', s.startFrom)
					.where('o.start_utc', '<', to)
					.orderBy('o.start_utc')
					.orderBy('o.recurrence_id')
					.limit(perSeries)
					.as(`s${i}`)
			)
			.selectAll()
	);
	const [first, ...rest] = branches;
	if (!first) return [];
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
		.orderBy('r.recurrence_id')
		.execute();
}

export type SeriesDateRow = Awaited<ReturnType<typeof findSeriesDates>>[number];

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
	const row = await db
		.selectFrom((upTo === undefined ? matching : matching.limit(upTo)).as('m'))
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.executeTakeFirst();
	return Number(row?.n ?? 0);
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
		const distinct = whereQuery(db, allianceId, dates).select('o.event_id').distinct().limit(upTo);
		const row = await db
			.selectFrom(distinct.as('m'))
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.executeTakeFirst();
		return Number(row?.n ?? 0);
	}
	// Per event one probe of the (event_id, start_utc, end_utc) index: cheaper than reading every
	// matching occurrence row for a distinct count when the event's conditions leave few events.
	// (An occurrence has its event's status and alliance, so the probe checks only the times.)
	let events = db
		.selectFrom('event as ev')
		.select('ev.id')
		.where('ev.alliance_id', '=', allianceId)
		.where('ev.status', 'in', q.statuses)
		.where((eb) => {
			let dates = eb
				.selectFrom('event_occurrence as o')
				.select('o.event_id')
				.whereRef('o.event_id', '=', 'ev.id');
			if (q.from) dates = dates.where('o.end_utc', '>', q.from);
			if (q.to) dates = dates.where('o.start_utc', '<', q.to);
			if (q.startFrom) dates = dates.where('o.start_utc', '>=', q.startFrom);
			if (q.endedBy) dates = dates.where('o.end_utc', '<=', q.endedBy);
			return eb.exists(dates);
		});
	if (q.eventId) events = events.where('ev.id', '=', q.eventId);
	if (hasEventFilter(q)) events = events.where('ev.id', 'in', matchingEvents(db, allianceId, q));
	const row = await db
		.selectFrom((upTo === undefined ? events : events.limit(upTo)).as('m'))
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.executeTakeFirst();
	return Number(row?.n ?? 0);
}

/**
 * The events matching the query (feeds: which events to export) with what tells whether an
 * event's feed entry is still current (calendar-feed.service.ts): its version (updated_at,
 * sequence, status), its zone, its organising partner's name and address (not part of the event
 * row) and whether it repeats; ordered by start. Per event one probe of the
 * (event_id, start_utc, end_utc) index, as in countEvents (a distinct over the occurrences
 * took about twice as long).
 */
export function findMatchingEventStamps(db: DB, allianceId: string, q: OccurrenceQuery) {
	let events = db
		.selectFrom('event as ev')
		.leftJoin('partner as p', 'p.id', 'ev.organiser_partner_id')
		.select([
			'ev.id',
			'ev.updated_at',
			'ev.sequence',
			'ev.status',
			'ev.time_zone',
			'ev.rrule',
			'p.name as partner_name',
			'p.public_email as partner_email'
		])
		.where('ev.alliance_id', '=', allianceId)
		.where('ev.status', 'in', q.statuses)
		.where((eb) => {
			let dates = eb
				.selectFrom('event_occurrence as o')
				.select('o.event_id')
				.whereRef('o.event_id', '=', 'ev.id');
			if (q.from) dates = dates.where('o.end_utc', '>', q.from);
			if (q.to) dates = dates.where('o.start_utc', '<', q.to);
			if (q.startFrom) dates = dates.where('o.start_utc', '>=', q.startFrom);
			if (q.endedBy) dates = dates.where('o.end_utc', '<=', q.endedBy);
			return eb.exists(dates);
		});
	if (q.eventId) events = events.where('ev.id', '=', q.eventId);
	if (hasEventFilter(q)) events = events.where('ev.id', 'in', matchingEvents(db, allianceId, q));
	return events.orderBy('ev.start_utc').orderBy('ev.id').execute();
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

/** Newest change of any public event (validators of feeds). */
export async function findLastEventChange(db: DB, allianceId: string) {
	const row = await db
		.selectFrom('event')
		.select((eb) => eb.fn.max('updated_at').as('last'))
		.where('alliance_id', '=', allianceId)
		.executeTakeFirst();
	return (row?.last as string | null | undefined) ?? null;
}
