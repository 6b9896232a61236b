import type { ColumnDefinitionBuilder, Kysely } from 'kysely';

/*
 * The yearly plenum: one row per event that is an alliance's plenum (agenda, invitation text,
 * further addresses, reminder, minutes, the plenum it follows), one delivery row per mail and
 * address (invitation, reminder, minutes announcement; claimed before it goes out, so that a
 * send resumed after a restart never mails an address twice) and who was present.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	const alliance = (c: ColumnDefinitionBuilder) =>
		c.notNull().references('alliance.id').onDelete('cascade');

	await db.schema
		.createTable('plenum')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('alliance_id', 'text', alliance)
		.addColumn('event_id', 'text', (c) => c.notNull().references('event.id').onDelete('cascade'))
		/** The plenum this one was prepared from (last year's) */
		.addColumn('predecessor_id', 'text', (c) => c.references('plenum.id').onDelete('set null'))
		/** JSON array of agenda items (plain text), in order */
		.addColumn('agenda', 'text', (c) => c.notNull().defaultTo('[]'))
		/** A few words of the coordinators above the agenda (plain text) */
		.addColumn('invitation_text', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('include_partners', 'integer', (c) => c.notNull().defaultTo(1))
		.addColumn('include_subscribers', 'integer', (c) => c.notNull().defaultTo(1))
		/** Further addresses typed by the coordinators, one per line */
		.addColumn('extra_addresses', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('reminder_days', 'integer', (c) => c.notNull().defaultTo(7))
		/** draft | sending | sent */
		.addColumn('invitation_status', 'text', (c) => c.notNull().defaultTo('draft'))
		.addColumn('invited_at', 'text')
		.addColumn('invited_count', 'integer', (c) => c.notNull().defaultTo(0))
		/** pending | sending | sent */
		.addColumn('reminder_status', 'text', (c) => c.notNull().defaultTo('pending'))
		.addColumn('reminded_at', 'text')
		/** Sanitised HTML of the minutes */
		.addColumn('minutes_html', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('minutes_file_id', 'text', (c) => c.references('file.id').onDelete('set null'))
		/** internal | public */
		.addColumn('minutes_visibility', 'text', (c) => c.notNull().defaultTo('internal'))
		.addColumn('minutes_updated_at', 'text')
		.addColumn('minutes_announced_at', 'text')
		/** Delivery rows and further addresses deleted (retention) */
		.addColumn('addresses_deleted_at', 'text')
		.addColumn('created_by', 'text')
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('plenum_event_idx')
		.on('plenum')
		.columns(['alliance_id', 'event_id'])
		.unique()
		.execute();

	await db.schema
		.createTable('plenum_delivery')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('alliance_id', 'text', alliance)
		.addColumn('plenum_id', 'text', (c) => c.notNull().references('plenum.id').onDelete('cascade'))
		/** invitation | reminder | minutes */
		.addColumn('kind', 'text', (c) => c.notNull())
		/** Lower case; one row per plenum, kind and address */
		.addColumn('email', 'text', (c) => c.notNull())
		.addColumn('name', 'text', (c) => c.notNull().defaultTo(''))
		/** Language of the mail: de | en */
		.addColumn('locale', 'text', (c) => c.notNull().defaultTo('de'))
		/** partner | subscriber | extra | registered */
		.addColumn('source', 'text', (c) => c.notNull())
		.addColumn('subscriber_id', 'text', (c) =>
			c.references('newsletter_subscriber.id').onDelete('set null')
		)
		/** reminder only: registered | invited */
		.addColumn('variant', 'text', (c) => c.notNull().defaultTo(''))
		/** queued | sending | sent | refused | failed */
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('queued'))
		.addColumn('claimed_at', 'text')
		.addColumn('sent_at', 'text')
		.addColumn('error', 'text', (c) => c.notNull().defaultTo(''))
		.execute();
	await db.schema
		.createIndex('plenum_delivery_once_idx')
		.on('plenum_delivery')
		.columns(['plenum_id', 'kind', 'email'])
		.unique()
		.execute();
	await db.schema
		.createIndex('plenum_delivery_queue_idx')
		.on('plenum_delivery')
		.columns(['plenum_id', 'kind', 'status'])
		.execute();

	await db.schema
		.createTable('plenum_attendance')
		.addColumn('alliance_id', 'text', alliance)
		.addColumn('plenum_id', 'text', (c) => c.notNull().references('plenum.id').onDelete('cascade'))
		.addColumn('registration_id', 'text', (c) =>
			c.notNull().references('event_registration.id').onDelete('cascade')
		)
		/** 1 present, 0 absent */
		.addColumn('present', 'integer', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('plenum_attendance_pk', ['plenum_id', 'registration_id'])
		.execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('plenum_attendance').execute();
	await db.schema.dropTable('plenum_delivery').execute();
	await db.schema.dropTable('plenum').execute();
}
