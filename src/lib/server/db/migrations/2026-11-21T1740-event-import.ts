import type { Kysely } from 'kysely';

/*
 * Calendar workflows, part 3: subscriptions to existing iCalendar feeds (ICS import) of the
 * alliance or of one partner. A job syncs each on a schedule; the events carry the subscription
 * (event.source_feed_id) and their UID there (event.external_uid).
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('event_feed')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('alliance_id', 'text', (c) =>
			c.notNull().references('alliance.id').onDelete('cascade')
		)
		/** The partner whose calendar this is (its events are organised by it); null: the alliance */
		.addColumn('partner_id', 'text', (c) => c.references('partner.id').onDelete('cascade'))
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('url', 'text', (c) => c.notNull())
		/** 1: imported events are published at once; 0: they wait for moderation */
		.addColumn('auto_publish', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('interval_minutes', 'integer', (c) => c.notNull().defaultTo(60))
		.addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
		// The last sync, for the owner to see
		.addColumn('last_attempt_at', 'text')
		.addColumn('last_success_at', 'text')
		/** ok | error */
		.addColumn('last_status', 'text')
		/** Message key of the last error (import.error.*) and its technical detail */
		.addColumn('last_error', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('last_error_detail', 'text', (c) => c.notNull().defaultTo(''))
		/** JSON: counts of the last successful sync (created, updated, removed, skipped, …) */
		.addColumn('last_result', 'text', (c) => c.notNull().defaultTo('{}'))
		// Conditional requests and "unchanged since last time"
		.addColumn('http_etag', 'text')
		.addColumn('http_last_modified', 'text')
		.addColumn('content_hash', 'text')
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('created_by', 'text')
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('event_feed_alliance_idx')
		.on('event_feed')
		.columns(['alliance_id', 'partner_id'])
		.execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('event_feed').ifExists().execute();
}
