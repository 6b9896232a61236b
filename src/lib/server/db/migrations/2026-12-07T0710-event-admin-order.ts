import type { Kysely } from 'kysely';

/*
 * The coordinators' event list is ordered by start, newest first, over all statuses: without an
 * index in that order the database joined and sorted all of an alliance's events for a page of
 * 25 (5,000 events: 5.6 ms on SQLite).
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createIndex('event_alliance_start_idx')
		.on('event')
		.columns(['alliance_id', 'start_utc', 'id'])
		.execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropIndex('event_alliance_start_idx').execute();
}
