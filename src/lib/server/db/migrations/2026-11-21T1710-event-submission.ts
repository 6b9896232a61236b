import type { Kysely } from 'kysely';

/*
 * Calendar workflows, part 2: events reported through the public form "Termin melden" wait
 * here until the sender confirms their email address; only then do they become an event
 * (status submitted) in the moderation queue. Unconfirmed ones expire.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('event_submission')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('alliance_id', 'text', (c) =>
			c.notNull().references('alliance.id').onDelete('cascade')
		)
		/** SHA-256 of the secret in the confirmation link */
		.addColumn('token_hash', 'text', (c) => c.notNull().unique())
		/** JSON: the checked event input (see EventInput) */
		.addColumn('payload', 'text', (c) => c.notNull())
		.addColumn('submitter_name', 'text', (c) => c.notNull())
		.addColumn('submitter_email', 'text', (c) => c.notNull())
		.addColumn('locale', 'text', (c) => c.notNull().defaultTo('de'))
		.addColumn('consent_privacy_at', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('expires_at', 'text', (c) => c.notNull())
		.addColumn('confirmed_at', 'text')
		/** The event created on confirmation */
		.addColumn('event_id', 'text', (c) => c.references('event.id').onDelete('set null'))
		.execute();
	await db.schema
		.createIndex('event_submission_expires_idx')
		.on('event_submission')
		.columns(['expires_at'])
		.execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('event_submission').ifExists().execute();
}
