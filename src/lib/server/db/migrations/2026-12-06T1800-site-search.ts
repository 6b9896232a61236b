import { PostgresAdapter, sql, type Kysely } from 'kysely';

/*
 * Site search: one row per searchable thing of an alliance (page, news post, event series,
 * partner, project, topic, working group, listed document). `title_terms` and `body_terms` hold
 * the words already folded and stemmed by our own code (search/terms.ts), so SQLite and
 * PostgreSQL search exactly the same words. SQLite answers with an FTS5 index (contentless,
 * rowid = the document's rowid), PostgreSQL with a GIN index on a weighted tsvector.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	const pg = db.getExecutor().adapter instanceof PostgresAdapter;
	await db.schema
		.createTable('search_document')
		.addColumn('doc_no', pg ? 'bigserial' : 'integer', (c) => c.primaryKey())
		.addColumn('alliance_id', 'text', (c) =>
			c.notNull().references('alliance.id').onDelete('cascade')
		)
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('ref_id', 'text', (c) => c.notNull())
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('excerpt', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('path', 'text', (c) => c.notNull())
		.addColumn('sort_date', 'text')
		.addColumn('title_terms', 'text', (c) => c.notNull())
		.addColumn('body_terms', 'text', (c) => c.notNull())
		.addColumn('hash', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('search_document_ref')
		.on('search_document')
		.columns(['alliance_id', 'kind', 'ref_id'])
		.unique()
		.execute();
	await db.schema
		.createTable('search_state')
		.addColumn('alliance_id', 'text', (c) =>
			c.primaryKey().references('alliance.id').onDelete('cascade')
		)
		.addColumn('content_version', 'integer', (c) => c.notNull())
		.addColumn('indexed_at', 'text', (c) => c.notNull())
		.execute();
	if (pg) {
		await sql`create index search_document_fts on search_document using gin ((setweight(to_tsvector('simple', title_terms), 'A') || setweight(to_tsvector('simple', body_terms), 'B')))`.execute(
			db
		);
	} else {
		await sql`create virtual table search_fts using fts5(title_terms, body_terms, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2')`.execute(
			db
		);
	}
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	const pg = db.getExecutor().adapter instanceof PostgresAdapter;
	if (!pg) await sql`drop table if exists search_fts`.execute(db);
	await db.schema.dropTable('search_state').execute();
	await db.schema.dropTable('search_document').execute();
}
