import type { Kysely } from 'kysely';

/*
 * Calendar list with each series once: "the first coming date of this event" is asked per
 * listed row; (event_id, start_utc, end_utc) answers it from the index alone.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createIndex('event_occurrence_series_idx')
		.on('event_occurrence')
		.columns(['event_id', 'start_utc', 'end_utc'])
		.execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropIndex('event_occurrence_series_idx').execute();
}
