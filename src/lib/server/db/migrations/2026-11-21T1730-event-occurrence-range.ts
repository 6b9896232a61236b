import type { Kysely } from 'kysely';

/*
 * Calendar: the occurrence index also holds the end, so that "what is running now" (start before,
 * end after an instant) is answered from the index alone; it replaces the start-only index.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createIndex('event_occurrence_range_idx')
		.on('event_occurrence')
		.columns(['alliance_id', 'status', 'start_utc', 'end_utc'])
		.execute();
	await db.schema.dropIndex('event_occurrence_start_idx').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	await db.schema
		.createIndex('event_occurrence_start_idx')
		.on('event_occurrence')
		.columns(['alliance_id', 'status', 'start_utc'])
		.execute();
	await db.schema.dropIndex('event_occurrence_range_idx').execute();
}
