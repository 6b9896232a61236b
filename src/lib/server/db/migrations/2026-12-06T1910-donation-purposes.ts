import type { Kysely } from 'kysely';

/*
 * Donation purposes: what a donation to the alliance's bank account is for, each with its
 * text, an optional goal (and the amount reached so far, typed by coordinators), its own
 * remittance text for the GiroCode and a thank-you text. No payments, no tracking.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('donation_purpose')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('alliance_id', 'text', (c) =>
			c.notNull().references('alliance.id').onDelete('cascade')
		)
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('body', 'text', (c) => c.notNull().defaultTo(''))
		/** Goal and amount reached in euro cents; null = none */
		.addColumn('goal_cents', 'integer')
		.addColumn('raised_cents', 'integer')
		/** Verwendungszweck in the GiroCode and shown beside it (≤ 140 characters) */
		.addColumn('remittance', 'text', (c) => c.notNull())
		.addColumn('thanks', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('published', 'integer', (c) => c.notNull().defaultTo(1))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('donation_purpose_alliance')
		.on('donation_purpose')
		.columns(['alliance_id', 'position'])
		.execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('donation_purpose').execute();
}
