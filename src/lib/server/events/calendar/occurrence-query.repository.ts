import type { DB } from '../../db/db.ts';
import type { EventStatus } from '../core/event.table.ts';
import { likePattern } from '../core/event-admin.repository.ts';

/*
 * What the calendar asks of the occurrences (OccurrenceQuery) turned into SQL conditions, and
 * made cheap to answer (`prepare`). The queries themselves: occurrence-list.repository.ts.
 */

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
	/** Read once for several queries with the same conditions on the event (`queryFacts`) */
	facts?: QueryFacts;
	/** Exactly these dates (the month grid: the ones its cells show); findOccurrences only */
	keys?: readonly OccurrenceKey[];
	order: 'asc' | 'desc';
	limit: number;
	offset: number;
}

/** What `prepare` reads before a query (see there). */
export interface QueryFacts {
	/** The events the conditions on the event leave, when at most FEW_EVENTS */
	fewEvents?: readonly string[];
	/** The alliance's longest date in minutes */
	longestMinutes?: number;
}

/** One date of one event: the occurrence's primary key. */
export interface OccurrenceKey {
	event_id: string;
	recurrence_id: string;
}

export function hasEventFilter(q: OccurrenceQuery): boolean {
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
export interface PreparedQuery extends OccurrenceQuery {
	/**
	 * The alliance's events that pass the conditions on the event, when they are few (at most
	 * FEW_EVENTS): read first, so the dates are looked up per event.
	 */
	fewEvents?: readonly string[];
}

/**
 * The query's conditions on a date's times, as column, operator and value (the same for a date
 * and for the row of an event that does not repeat).
 */
function timeBounds(q: OccurrenceQuery) {
	const bounds: { column: 'start_utc' | 'end_utc'; op: '<' | '<=' | '>' | '>='; value: string }[] =
		[];
	if (q.from) bounds.push({ column: 'end_utc', op: '>', value: q.from });
	if (q.to) bounds.push({ column: 'start_utc', op: '<', value: q.to });
	if (q.startFrom) bounds.push({ column: 'start_utc', op: '>=', value: q.startFrom });
	if (q.endedBy) {
		bounds.push({ column: 'end_utc', op: '<=', value: q.endedBy });
		// What ended by then started by then: a bound on the start lets the archive walk the
		// start index backwards from `endedBy` (its newest dates first) instead of reading every
		// past date to sort them (2.4 ms for 20,000 past dates on SQLite).
		bounds.push({ column: 'start_utc', op: '<=', value: q.endedBy });
	}
	return bounds;
}

/**
 * The conditions of a query on the occurrences alone; conditions on the event go into one
 * `event_id IN (…)` sub-query (or the list of the few events they leave), so counting and
 * ordering need no join.
 */
export function whereQuery(db: DB, allianceId: string, q: PreparedQuery) {
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
	for (const b of timeBounds(q)) query = query.where(`o.${b.column}`, b.op, b.value);
	if (q.eventId) query = query.where('o.event_id', '=', q.eventId);
	if (q.recurrenceId) query = query.where('o.recurrence_id', '=', q.recurrenceId);
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
export function matchingEvents(db: DB, allianceId: string, q: OccurrenceQuery) {
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
 * The alliance's events in the query's statuses that have a date within its times, narrowed by
 * its conditions on the event. An event without repetition has one date, its own times: tested
 * on the event row. A series: per event one probe of the (event_id, start_utc, end_utc) index
 * (an occurrence has its event's status and alliance, so the probe checks only the times). The
 * iCalendar feed of 5,000 events: 19 ms with a probe for every event, 10 ms so.
 */
export function eventsWithDates(db: DB, allianceId: string, q: PreparedQuery) {
	let events = db
		.selectFrom('event as ev')
		.where('ev.alliance_id', '=', allianceId)
		.where('ev.status', 'in', q.statuses)
		.where((eb) => {
			const single = [eb('ev.rrule', 'is', null), eb('ev.rdates', '=', '[]')];
			let dates = eb
				.selectFrom('event_occurrence as o')
				.select('o.event_id')
				.whereRef('o.event_id', '=', 'ev.id');
			for (const b of timeBounds(q)) {
				single.push(eb(`ev.${b.column}`, b.op, b.value));
				dates = dates.where(`o.${b.column}`, b.op, b.value);
			}
			const repeats = eb.or([eb('ev.rrule', 'is not', null), eb('ev.rdates', '!=', '[]')]);
			return eb.or([eb.and(single), eb.and([repeats, eb.exists(dates)])]);
		});
	if (q.eventId) events = events.where('ev.id', '=', q.eventId);
	const few = q.fewEvents;
	if (few) events = events.where((eb) => (few.length ? eb('ev.id', 'in', few) : eb.lit(false)));
	else if (hasEventFilter(q)) {
		events = events.where('ev.id', 'in', matchingEvents(db, allianceId, q));
	}
	return events;
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
export async function prepare(
	db: DB,
	allianceId: string,
	query: OccurrenceQuery
): Promise<PreparedQuery> {
	if (query.eventId || query.keys) return query;
	const facts = query.facts ?? (await readFacts(db, allianceId, query, !!query.from));
	let q: PreparedQuery = facts.fewEvents ? { ...query, fewEvents: facts.fewEvents } : query;
	if (!q.from || facts.longestMinutes === undefined) return q;
	const floor = new Date(Date.parse(q.from) - facts.longestMinutes * 60_000).toISOString();
	q = { ...q, startFrom: q.startFrom && q.startFrom > floor ? q.startFrom : floor };
	return q;
}

/**
 * What `prepare` reads before a query: the few events the conditions on the event leave (when
 * there are conditions) and, with `longest`, the alliance's longest date. A service that asks
 * several queries with the same conditions on the event reads them once (`queryFacts`) and
 * passes them along in `facts`.
 */
async function readFacts(
	db: DB,
	allianceId: string,
	query: OccurrenceQuery,
	longest: boolean
): Promise<QueryFacts> {
	const facts: QueryFacts = {};
	if (hasEventFilter(query)) {
		const events = await matchingEvents(db, allianceId, query)
			.limit(FEW_EVENTS + 1)
			.execute();
		if (events.length <= FEW_EVENTS) facts.fewEvents = events.map((e) => e.id);
	}
	if (longest) {
		const row = await db
			.selectFrom('event_occurrence')
			.select((eb) => eb.fn.max<number | null>('length_minutes').as('longest'))
			.where('alliance_id', '=', allianceId)
			.executeTakeFirst();
		facts.longestMinutes = Number(row?.longest ?? 0);
	}
	return facts;
}

/** The facts of `prepare` for several queries with the same conditions on the event. */
export function queryFacts(
	db: DB,
	allianceId: string,
	query: Omit<OccurrenceQuery, 'order' | 'limit' | 'offset'>
): Promise<QueryFacts> {
	return readFacts(db, allianceId, { ...query, order: 'asc', limit: 0, offset: 0 }, true);
}
