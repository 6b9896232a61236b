import { PostgresAdapter, sql, type Kysely } from 'kysely';

/*
 * "Which dates touch this month / this day / are running now" is an overlap: it starts before the
 * window ends and ends after it starts. Neither index bounds that on its own (ends after
 * 1 December are every date ahead: SQLite read 19,000 of them for a month of 700, 12 ms). Each
 * date now knows its length in whole minutes (rounded up), and the alliance's longest date bounds
 * the start from below: one short range of the (alliance_id, status, start_utc, end_utc) index.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.alterTable('event_occurrence')
		.addColumn('length_minutes', 'integer', (c) => c.notNull().defaultTo(0))
		.execute();
	if (db.getExecutor().adapter instanceof PostgresAdapter) {
		await sql`update event_occurrence set length_minutes = ceil(extract(epoch from (end_utc::timestamptz - start_utc::timestamptz)) / 60)::integer`.execute(
			db
		);
	} else {
		// julianday() is in days; one minute more than the truncated value is never too short.
		await sql`update event_occurrence set length_minutes = cast((julianday(end_utc) - julianday(start_utc)) * 1440 as integer) + 1`.execute(
			db
		);
	}
	await db.schema
		.createIndex('event_occurrence_length_idx')
		.on('event_occurrence')
		.columns(['alliance_id', 'length_minutes'])
		.execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropIndex('event_occurrence_length_idx').execute();
	await db.schema.alterTable('event_occurrence').dropColumn('length_minutes').execute();
}
