import type { ColumnDefinitionBuilder, Kysely } from 'kysely';

/*
 * The newsletter: subscribers with double opt-in (consent text and times recorded), issues
 * written or drafted by the coordinators, and one delivery row per issue and address, claimed
 * before the mail goes out, so that a send resumed after a restart never mails an address twice.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	const alliance = (c: ColumnDefinitionBuilder) =>
		c.notNull().references('alliance.id').onDelete('cascade');

	await db.schema
		.createTable('newsletter_subscriber')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('alliance_id', 'text', alliance)
		.addColumn('email', 'text', (c) => c.notNull())
		.addColumn('locale', 'text', (c) => c.notNull().defaultTo('de'))
		/** JSON array: 'news', 'events', 'topic:<id>' */
		.addColumn('topics', 'text', (c) => c.notNull().defaultTo('[]'))
		/** pending | confirmed | bounced */
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
		/** The consent text the person agreed to, word for word, and when */
		.addColumn('consent_text', 'text', (c) => c.notNull())
		.addColumn('consent_at', 'text', (c) => c.notNull())
		/** SHA-256 of the confirmation secret; null once confirmed */
		.addColumn('confirm_hash', 'text')
		.addColumn('confirmed_at', 'text')
		/** The secret in every mail's unsubscribe link */
		.addColumn('unsubscribe_token', 'text', (c) => c.notNull())
		.addColumn('bounced_at', 'text')
		.addColumn('bounce_reason', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('newsletter_subscriber_email_idx')
		.on('newsletter_subscriber')
		.columns(['alliance_id', 'email'])
		.unique()
		.execute();
	await db.schema
		.createIndex('newsletter_subscriber_unsub_idx')
		.on('newsletter_subscriber')
		.column('unsubscribe_token')
		.unique()
		.execute();
	await db.schema
		.createIndex('newsletter_subscriber_confirm_idx')
		.on('newsletter_subscriber')
		.column('confirm_hash')
		.execute();

	await db.schema
		.createTable('newsletter_issue')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('alliance_id', 'text', alliance)
		.addColumn('subject', 'text', (c) => c.notNull())
		/** Sanitised HTML from the editor */
		.addColumn('body_html', 'text', (c) => c.notNull())
		/** JSON array of the topics it goes to: 'news', 'events', 'topic:<id>' */
		.addColumn('topics', 'text', (c) => c.notNull().defaultTo('[]'))
		/** draft | sending | sent */
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('draft'))
		.addColumn('recipient_count', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('created_by', 'text')
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.addColumn('send_started_at', 'text')
		.addColumn('sent_at', 'text')
		.execute();
	await db.schema
		.createIndex('newsletter_issue_alliance_idx')
		.on('newsletter_issue')
		.columns(['alliance_id', 'status', 'sent_at'])
		.execute();

	await db.schema
		.createTable('newsletter_delivery')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('alliance_id', 'text', alliance)
		.addColumn('issue_id', 'text', (c) =>
			c.notNull().references('newsletter_issue.id').onDelete('cascade')
		)
		.addColumn('subscriber_id', 'text', (c) =>
			c.references('newsletter_subscriber.id').onDelete('set null')
		)
		.addColumn('email', 'text', (c) => c.notNull())
		/** queued | sending | sent | refused | failed */
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('queued'))
		.addColumn('claimed_at', 'text')
		.addColumn('sent_at', 'text')
		.addColumn('error', 'text', (c) => c.notNull().defaultTo(''))
		.execute();
	await db.schema
		.createIndex('newsletter_delivery_once_idx')
		.on('newsletter_delivery')
		.columns(['issue_id', 'email'])
		.unique()
		.execute();
	await db.schema
		.createIndex('newsletter_delivery_queue_idx')
		.on('newsletter_delivery')
		.columns(['issue_id', 'status'])
		.execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('newsletter_delivery').execute();
	await db.schema.dropTable('newsletter_issue').execute();
	await db.schema.dropTable('newsletter_subscriber').execute();
}
