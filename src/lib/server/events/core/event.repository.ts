import type { Insertable, Selectable, Updateable } from 'kysely';
import type { DB } from '../../db/db.ts';
import type {
	EventHistoryTable,
	EventOverrideTable,
	EventStatus,
	EventTable
} from '../../db/schema.ts';

/* SQL for events, their history and the calendar version (relations, overrides and the admin
 * list: event-relations, event-override, event-admin.repository.ts). No rules here. */

export type EventRow = Selectable<EventTable> & {
	partner_name: string | null;
	partner_slug: string | null;
	partner_email: string | null;
};
export type OverrideRow = Selectable<EventOverrideTable>;
export type HistoryRow = Selectable<EventHistoryTable> & { user_name: string | null };

export function selectEvent(db: DB, allianceId: string) {
	return db
		.selectFrom('event')
		.leftJoin('partner', 'partner.id', 'event.organiser_partner_id')
		.selectAll('event')
		.select([
			'partner.name as partner_name',
			'partner.slug as partner_slug',
			'partner.public_email as partner_email'
		])
		.where('event.alliance_id', '=', allianceId);
}

export function findEventById(
	db: DB,
	allianceId: string,
	id: string
): Promise<EventRow | undefined> {
	return selectEvent(db, allianceId).where('event.id', '=', id).executeTakeFirst();
}

export function findEventBySlug(
	db: DB,
	allianceId: string,
	slug: string
): Promise<EventRow | undefined> {
	return selectEvent(db, allianceId).where('event.slug', '=', slug).executeTakeFirst();
}

export function findEventByExternalUid(
	db: DB,
	allianceId: string,
	sourceFeedId: string,
	externalUid: string
): Promise<EventRow | undefined> {
	return selectEvent(db, allianceId)
		.where('event.source_feed_id', '=', sourceFeedId)
		.where('event.external_uid', '=', externalUid)
		.executeTakeFirst();
}

/** Events by ids (feeds, detail pages), in the given alliance only. */
export function findEventsByIds(
	db: DB,
	allianceId: string,
	ids: readonly string[]
): Promise<EventRow[]> {
	if (!ids.length) return Promise.resolve([]);
	return selectEvent(db, allianceId).where('event.id', 'in', ids).execute();
}

/** Public events whose series reaches `since` (or later): for feeds. */
export function findPublicEventsSince(
	db: DB,
	allianceId: string,
	statuses: readonly EventStatus[],
	eventIds: readonly string[] | null
): Promise<EventRow[]> {
	let q = selectEvent(db, allianceId).where('event.status', 'in', statuses);
	if (eventIds) {
		if (!eventIds.length) return Promise.resolve([]);
		q = q.where('event.id', 'in', eventIds);
	}
	return q.orderBy('event.start_utc').orderBy('event.id').execute();
}

export async function slugTaken(
	db: DB,
	allianceId: string,
	slug: string,
	exceptId?: string
): Promise<boolean> {
	let q = db
		.selectFrom('event')
		.select('id')
		.where('alliance_id', '=', allianceId)
		.where('slug', '=', slug);
	if (exceptId) q = q.where('id', '!=', exceptId);
	return !!(await q.executeTakeFirst());
}

export async function insertEvent(db: DB, row: Insertable<EventTable>): Promise<void> {
	await db.insertInto('event').values(row).execute();
}

export async function updateEventRow(
	db: DB,
	allianceId: string,
	id: string,
	changes: Updateable<EventTable>
): Promise<void> {
	await db
		.updateTable('event')
		.set(changes)
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.execute();
}

export async function deleteEventRow(db: DB, allianceId: string, id: string): Promise<number> {
	const result = await db
		.deleteFrom('event')
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.executeTakeFirst();
	return Number(result.numDeletedRows);
}

// --- history and calendar version ------------------------------------------------------------

export async function insertHistory(db: DB, row: Insertable<EventHistoryTable>): Promise<void> {
	await db.insertInto('event_history').values(row).execute();
}

export function findHistory(
	db: DB,
	allianceId: string,
	eventId: string,
	limit = 100
): Promise<HistoryRow[]> {
	return db
		.selectFrom('event_history')
		.leftJoin('user', 'user.id', 'event_history.user_id')
		.selectAll('event_history')
		.select('user.name as user_name')
		.where('event_history.alliance_id', '=', allianceId)
		.where('event_history.event_id', '=', eventId)
		.orderBy('event_history.created_at', 'desc')
		.orderBy('event_history.id')
		.limit(limit)
		.execute();
}

/** Raises the alliance's calendar version (feeds' validators) and notes when. */
export async function bumpCalendarState(db: DB, allianceId: string, now: string): Promise<void> {
	await db
		.insertInto('calendar_state')
		.values({ alliance_id: allianceId, version: 1, changed_at: now })
		.onConflict((oc) =>
			oc.column('alliance_id').doUpdateSet((eb) => ({
				version: eb('calendar_state.version', '+', 1),
				changed_at: now
			}))
		)
		.execute();
}

export function findCalendarState(db: DB, allianceId: string) {
	return db
		.selectFrom('calendar_state')
		.select(['version', 'changed_at'])
		.where('alliance_id', '=', allianceId)
		.executeTakeFirst();
}
