import { createHash } from 'node:crypto';
import type { DB } from '../../db/db.ts';
import { chunks } from '../core/event-relations.repository.ts';
import { eventsWithDates, type OccurrenceQuery } from './occurrence-query.repository.ts';

/* What the iCalendar feed reads to tell which of its kept entries are current (calendar-feed.service.ts). */

/**
 * The events matching the query (feeds: which events to export) with what tells whether an
 * event's feed entry is still current (calendar-feed.service.ts): its version (updated_at,
 * sequence, status), its zone, its organising partner and whether it repeats; ordered by start.
 * Per event one probe of its dates, as in countEvents (a distinct over the occurrences took about
 * twice as long). The partners' names and addresses are read apart (`findOrganisers`): joined
 * here, the partner row of every event cost half of the read (3.5 of 7 ms for 5,000 events).
 */
export function findMatchingEventStamps(db: DB, allianceId: string, q: OccurrenceQuery) {
	// Not `prepare`d: a feed's window reaches months back, where the bound on the start from the
	// longest date narrows little, and the probe with it took longer (9.5 instead of 7.4 ms).
	return eventsWithDates(db, allianceId, q)
		.select([
			'ev.id',
			'ev.updated_at',
			'ev.sequence',
			'ev.status',
			'ev.time_zone',
			'ev.rrule',
			'ev.organiser_partner_id'
		])
		.orderBy('ev.start_utc')
		.orderBy('ev.id')
		.execute();
}

/**
 * Name and public address of organising partners by id: of the given ones, or (`null`, for a
 * feed of many events) of every partner of the alliance.
 */
export async function findOrganisers(
	db: DB,
	allianceId: string,
	ids: readonly string[] | null
): Promise<Map<string, { name: string; email: string | null }>> {
	const out = new Map<string, { name: string; email: string | null }>();
	const read = async (chunk?: string[]) => {
		let query = db
			.selectFrom('partner')
			.select(['id', 'name', 'public_email'])
			.where('alliance_id', '=', allianceId);
		if (chunk) query = query.where('id', 'in', chunk);
		for (const row of await query.execute()) {
			out.set(row.id, { name: row.name, email: row.public_email });
		}
	};
	if (ids === null) await read();
	else for (const chunk of chunks([...new Set(ids)])) await read(chunk);
	return out;
}

/**
 * What the CATEGORIES of every feed entry depend on besides the event's own row: the alliance's
 * topics (name, order). An event's choice of topics changes only with the event (its updated_at);
 * a renamed, moved, added or deleted topic changes this stamp (a short hash), and with it every
 * entry's version.
 */
export async function findTopicsStamp(db: DB, allianceId: string): Promise<string> {
	const rows = await db
		.selectFrom('topic')
		.select(['id', 'name', 'position'])
		.where('alliance_id', '=', allianceId)
		.orderBy('id')
		.execute();
	const text = rows.map((r) => `${r.id}\u0004${r.name}\u0004${r.position}`).join('\u0003');
	return createHash('sha256').update(text).digest('base64url').slice(0, 16);
}
