import type { Kysely } from 'kysely';

/*
 * The annual report (Jahresbericht): its figures come from the data; what is stored per
 * alliance and year is what the coordinators add — foreword, highlights, outlook, photos,
 * the surveys whose public results are shown — and whether the year is published.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('report_text')
		.addColumn('alliance_id', 'text', (c) =>
			c.notNull().references('alliance.id').onDelete('cascade')
		)
		.addColumn('year', 'integer', (c) => c.notNull())
		.addColumn('foreword', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('highlights', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('outlook', 'text', (c) => c.notNull().defaultTo(''))
		/** JSON array of upload ids (images) */
		.addColumn('photo_ids', 'text', (c) => c.notNull().defaultTo('[]'))
		/** JSON array of survey ids whose public results the report shows */
		.addColumn('survey_ids', 'text', (c) => c.notNull().defaultTo('[]'))
		.addColumn('published', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('report_text_pk', ['alliance_id', 'year'])
		.execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('report_text').execute();
}
