import type { Insertable, Selectable, Updateable } from 'kysely';
import type { DB } from '../../db/db.ts';
import type { EventFeedTable } from './import.table.ts';

/* SQL of calendar subscriptions (ICS import). No rules here. */

export type FeedRow = Selectable<EventFeedTable> & { partner_name: string | null };

function selectFeeds(db: DB, allianceId: string) {
	return db
		.selectFrom('event_feed')
		.leftJoin('partner', 'partner.id', 'event_feed.partner_id')
		.selectAll('event_feed')
		.select('partner.name as partner_name')
		.where('event_feed.alliance_id', '=', allianceId);
}

export function findFeed(db: DB, allianceId: string, id: string): Promise<FeedRow | undefined> {
	return selectFeeds(db, allianceId).where('event_feed.id', '=', id).executeTakeFirst();
}

/** Subscriptions of the alliance; with `partnerIds`, only those of these partners. */
export function findFeeds(
	db: DB,
	allianceId: string,
	partnerIds: readonly string[] | null
): Promise<FeedRow[]> {
	let q = selectFeeds(db, allianceId);
	if (partnerIds) {
		if (!partnerIds.length) return Promise.resolve([]);
		q = q.where('event_feed.partner_id', 'in', partnerIds);
	}
	return q.orderBy('event_feed.name').orderBy('event_feed.id').execute();
}

export async function insertFeed(db: DB, row: Insertable<EventFeedTable>): Promise<void> {
	await db.insertInto('event_feed').values(row).execute();
}

export async function updateFeed(
	db: DB,
	allianceId: string,
	id: string,
	changes: Updateable<EventFeedTable>
): Promise<void> {
	await db
		.updateTable('event_feed')
		.set(changes)
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.execute();
}

export async function deleteFeed(db: DB, allianceId: string, id: string): Promise<void> {
	await db
		.deleteFrom('event_feed')
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.execute();
}

/** Events imported from a subscription (id, UID there, status). */
export function findImportedEvents(db: DB, allianceId: string, feedId: string) {
	return db
		.selectFrom('event')
		.select(['id', 'external_uid', 'status', 'status_note', 'rrule', 'end_utc', 'title'])
		.where('alliance_id', '=', allianceId)
		.where('source_feed_id', '=', feedId)
		.execute();
}

export async function countImportedEvents(
	db: DB,
	allianceId: string,
	feedId: string
): Promise<number> {
	const row = await db
		.selectFrom('event')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('alliance_id', '=', allianceId)
		.where('source_feed_id', '=', feedId)
		.executeTakeFirst();
	return Number(row?.n ?? 0);
}

/** Imported events stay when their subscription goes; they only lose the link to it. */
export async function detachImportedEvents(
	db: DB,
	allianceId: string,
	feedId: string
): Promise<void> {
	await db
		.updateTable('event')
		.set({ source_feed_id: null, external_uid: null, source: 'manual' })
		.where('alliance_id', '=', allianceId)
		.where('source_feed_id', '=', feedId)
		.execute();
}
