import { sql, type Kysely } from 'kysely';

/*
 * Content: a page's slug is unique among its siblings (top-level pages have parent_id NULL,
 * hence the coalesce), so two people saving at once cannot create two pages with one address.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	await sql`create unique index page_sibling_slug_uq on page (alliance_id, (coalesce(parent_id, '')), slug)`.execute(
		db
	);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	await sql`drop index if exists page_sibling_slug_uq`.execute(db);
}
