import { PostgresAdapter, sql, type Kysely } from 'kysely';

/*
 * PostgreSQL's site search kept its weighted tsvector only in an expression index: every hit
 * was re-made from the text twice per query (the prefix match's recheck and ts_rank), 300 ms
 * for "Beratung" among 5,000 offers (bench/offers.ts). The vector is now a stored generated
 * column with the GIN index on it. SQLite's FTS5 table is unchanged.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
	await sql`alter table search_document add column search_vector tsvector generated always as (setweight(to_tsvector('simple', title_terms), 'A') || setweight(to_tsvector('simple', body_terms), 'B')) stored`.execute(
		db
	);
	await sql`create index search_document_vector on search_document using gin (search_vector)`.execute(
		db
	);
	await sql`drop index search_document_fts`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
	await sql`create index search_document_fts on search_document using gin ((setweight(to_tsvector('simple', title_terms), 'A') || setweight(to_tsvector('simple', body_terms), 'B')))`.execute(
		db
	);
	await sql`alter table search_document drop column search_vector`.execute(db);
}
