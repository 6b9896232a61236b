import { SqliteAdapter, sql, type Kysely } from 'kysely';

/*
 * Every build of an iCalendar feed first reads, per event of the alliance, what its kept block
 * depends on (feed-stamps.repository.ts `findMatchingEventStamps`). On SQLite that read
 * visited each event's wide row (descriptions, search text) in start order: 11.7 ms for 5,000
 * events, a tenth of the feed's first answer after a change. An index holding those columns in
 * that order answers it from the index alone (5.3 ms). SQLite only: PostgreSQL limits an index
 * row to about 2.7 KB, and a long list of RDATEs would exceed it.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return;
	await sql`create index event_feed_stamps_idx on event (alliance_id, start_utc, id, status, updated_at, sequence, time_zone, rrule, rdates, end_utc, organiser_partner_id)`.execute(
		db
	);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return;
	await sql`drop index event_feed_stamps_idx`.execute(db);
}
