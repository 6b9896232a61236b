import type { Kysely } from 'kysely';

/*
 * Extra dates of a series (RDATE, RFC 5545 §3.8.5.2), as imported calendars have them: a JSON
 * array of UTC instants beside `exdates`. See docs/decisions/037-import-rfc5545.md.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.alterTable('event')
		.addColumn('rdates', 'text', (c) => c.notNull().defaultTo('[]'))
		.execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('event').dropColumn('rdates').execute();
}
