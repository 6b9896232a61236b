import type { DB } from '../../db/db.ts';
import type { EventStatus } from './event.table.ts';

/* SQL for the coordinators' event list. No rules here. */

export interface AdminListQuery {
	status: EventStatus | null;
	/** lower-case words, all must occur */
	terms: string[];
	limit: number;
	offset: number;
}

export function likePattern(term: string): string {
	return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function adminWhere(db: DB, allianceId: string, query: AdminListQuery) {
	let q = db.selectFrom('event').where('event.alliance_id', '=', allianceId);
	if (query.status) q = q.where('event.status', '=', query.status);
	for (const term of query.terms) {
		q = q.where((eb) => eb('event.search_text', 'like', likePattern(term)));
	}
	return q;
}

export function findEventsForAdmin(db: DB, allianceId: string, query: AdminListQuery) {
	return adminWhere(db, allianceId, query)
		.leftJoin('partner', 'partner.id', 'event.organiser_partner_id')
		.select([
			'event.id',
			'event.slug',
			'event.title',
			'event.status',
			'event.start_utc',
			'event.end_utc',
			'event.all_day',
			'event.rrule',
			'event.updated_at',
			'event.source',
			'partner.name as partner_name',
			'event.organiser_name'
		])
		.orderBy('event.start_utc', 'desc')
		.orderBy('event.id')
		.limit(query.limit)
		.offset(query.offset)
		.execute();
}

export async function countEventsForAdmin(db: DB, allianceId: string, query: AdminListQuery) {
	const row = await adminWhere(db, allianceId, query)
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.executeTakeFirst();
	return Number(row?.n ?? 0);
}

export async function countEventsByStatus(db: DB, allianceId: string) {
	const rows = await db
		.selectFrom('event')
		.select(['status', (eb) => eb.fn.countAll<number>().as('n')])
		.where('alliance_id', '=', allianceId)
		.groupBy('status')
		.execute();
	return new Map(rows.map((r) => [r.status, Number(r.n)]));
}
