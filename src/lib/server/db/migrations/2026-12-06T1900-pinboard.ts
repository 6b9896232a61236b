import type { Kysely } from 'kysely';

/*
 * The partners' exchange (Pinnwand) in the internal area: offers and requests with a category
 * and an end date. The poster's address is never stored here; replies are mailed to the
 * poster's account address by the platform.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('pinboard_post')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('alliance_id', 'text', (c) =>
			c.notNull().references('alliance.id').onDelete('cascade')
		)
		/** The poster; the post goes when the account goes */
		.addColumn('author_id', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
		/** The partner the poster speaks for, if any */
		.addColumn('partner_id', 'text', (c) => c.references('partner.id').onDelete('set null'))
		/** offer | request */
		.addColumn('kind', 'text', (c) => c.notNull())
		/** rooms | volunteers | material | money | cooperation | other */
		.addColumn('category', 'text', (c) => c.notNull())
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('body', 'text', (c) => c.notNull().defaultTo(''))
		/** Last day shown (YYYY-MM-DD, Europe/Berlin) */
		.addColumn('ends_on', 'text', (c) => c.notNull())
		.addColumn('reply_count', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('pinboard_post_alliance')
		.on('pinboard_post')
		.columns(['alliance_id', 'ends_on'])
		.execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('pinboard_post').execute();
}
