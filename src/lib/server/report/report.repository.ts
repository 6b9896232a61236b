import type { Insertable } from 'kysely';
import type { DB } from '../db/db.ts';
import type { ReportTextTable } from './report.table.ts';

/*
 * SQL of the annual report: read-only counts over one alliance's calendar year (bounds are
 * UTC instants for timestamps and YYYY-MM-DD days for dates), and the coordinators' texts.
 */

export interface YearBounds {
	/** First instant of the year and of the next (UTC ISO, Berlin midnight) */
	from: string;
	to: string;
	/** First and last day (YYYY-MM-DD) */
	firstDay: string;
	lastDay: string;
}

/** Occurrences held: published, not cancelled, starting in the year. */
function heldOccurrences(db: DB, allianceId: string, y: YearBounds) {
	return db
		.selectFrom('event_occurrence as o')
		.innerJoin('event as e', 'e.id', 'o.event_id')
		.where('o.alliance_id', '=', allianceId)
		.where('e.alliance_id', '=', allianceId)
		.where('o.status', '=', 'published')
		.where('o.cancelled', '=', 0)
		.where('o.start_utc', '>=', y.from)
		.where('o.start_utc', '<', y.to);
}

/** One row per occurrence held, with what the report groups by. */
export function findHeldEvents(db: DB, allianceId: string, y: YearBounds) {
	return heldOccurrences(db, allianceId, y)
		.leftJoin('partner as p', (j) =>
			j.onRef('p.id', '=', 'e.organiser_partner_id').on('p.alliance_id', '=', allianceId)
		)
		.select(['o.event_id', 'e.cost_kind', 'e.organiser_name', 'p.name as partner_name'])
		.execute();
}

/** Topic names of the occurrences held (one row per occurrence and topic). */
export function findHeldEventTopics(db: DB, allianceId: string, y: YearBounds) {
	return heldOccurrences(db, allianceId, y)
		.innerJoin('event_topic as et', 'et.event_id', 'e.id')
		.innerJoin('topic as t', (j) =>
			j.onRef('t.id', '=', 'et.topic_id').on('t.alliance_id', '=', allianceId)
		)
		.select(['o.event_id', 't.name'])
		.execute();
}

/** Target groups of the occurrences held (one row per occurrence and group). */
export function findHeldEventGroups(db: DB, allianceId: string, y: YearBounds) {
	return heldOccurrences(db, allianceId, y)
		.innerJoin('event_target_group as g', 'g.event_id', 'e.id')
		.select(['o.event_id', 'g.target_group'])
		.execute();
}

/** Partners who joined in the year (joined_on, or the day they were entered). */
export function findJoinedPartners(db: DB, allianceId: string, y: YearBounds) {
	return db
		.selectFrom('partner')
		.select(['id', 'name', 'joined_on', 'created_at'])
		.where('alliance_id', '=', allianceId)
		.where((eb) =>
			eb.or([
				eb.and([eb('joined_on', '>=', y.firstDay), eb('joined_on', '<=', y.lastDay)]),
				eb.and([
					eb('joined_on', 'is', null),
					eb('created_at', '>=', y.from),
					eb('created_at', '<', y.to)
				])
			])
		)
		.orderBy('name')
		.execute();
}

/** Projects that started or were completed in the year. */
export function findProjectsOfYear(db: DB, allianceId: string, y: YearBounds) {
	return db
		.selectFrom('project')
		.select(['id', 'title', 'status', 'starts_on', 'ends_on'])
		.where('alliance_id', '=', allianceId)
		.where((eb) =>
			eb.or([
				eb.and([eb('starts_on', '>=', y.firstDay), eb('starts_on', '<=', y.lastDay)]),
				eb.and([
					eb('status', '=', 'completed'),
					eb('ends_on', '>=', y.firstDay),
					eb('ends_on', '<=', y.lastDay)
				])
			])
		)
		.orderBy('title')
		.execute();
}

/** Meetings (working groups and coordination team) that began in the year. */
export function findMeetings(db: DB, allianceId: string, y: YearBounds) {
	return db
		.selectFrom('meeting as m')
		.leftJoin('working_group as w', (j) =>
			j.onRef('w.id', '=', 'm.working_group_id').on('w.alliance_id', '=', allianceId)
		)
		.select(['m.id', 'm.working_group_id', 'w.name as group_name'])
		.where('m.alliance_id', '=', allianceId)
		.where('m.starts_at', '>=', y.from)
		.where('m.starts_at', '<', y.to)
		.execute();
}

export function findText(db: DB, allianceId: string, year: number) {
	return db
		.selectFrom('report_text')
		.selectAll()
		.where('alliance_id', '=', allianceId)
		.where('year', '=', year)
		.executeTakeFirst();
}

export function findTexts(db: DB, allianceId: string, publishedOnly: boolean) {
	let q = db.selectFrom('report_text').selectAll().where('alliance_id', '=', allianceId);
	if (publishedOnly) q = q.where('published', '=', 1);
	return q.orderBy('year', 'desc').execute();
}

export async function upsertText(db: DB, row: Insertable<ReportTextTable>): Promise<void> {
	const { alliance_id: _a, year: _y, created_at: _c, ...changes } = row;
	await db
		.insertInto('report_text')
		.values(row)
		.onConflict((oc) => oc.columns(['alliance_id', 'year']).doUpdateSet(changes))
		.execute();
}

/** Partner ids by name (the demo report's events name their organisers). */
export function findPartnerIdsByName(db: DB, allianceId: string, names: string[]) {
	if (!names.length) return Promise.resolve([]);
	return db
		.selectFrom('partner')
		.select(['id', 'name'])
		.where('alliance_id', '=', allianceId)
		.where('name', 'in', names)
		.execute();
}
