import type { Kysely } from 'kysely';

/*
 * Calendar workflows, part 1: registrations for events (without an account; capacity, waiting
 * list, cancel link by token, personal data deleted some days after the event) and the
 * alliance's calendar settings (moderation of partners' events, public submissions, default
 * retention of registrations).
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('event_registration')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('alliance_id', 'text', (c) =>
			c.notNull().references('alliance.id').onDelete('cascade')
		)
		.addColumn('event_id', 'text', (c) => c.notNull().references('event.id').onDelete('cascade'))
		/** The occurrence (its original start, UTC ISO; for a single event: its start) */
		.addColumn('occurrence_start', 'text', (c) => c.notNull())
		/** Order of arrival per event (1, 2, …): the waiting list moves up in this order */
		.addColumn('position', 'integer', (c) => c.notNull())
		/** confirmed | waitlisted | cancelled */
		.addColumn('status', 'text', (c) => c.notNull())
		// Personal data: emptied once the retention period after the event has passed.
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('email', 'text', (c) => c.notNull())
		.addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('adults', 'integer', (c) => c.notNull().defaultTo(1))
		.addColumn('children', 'integer', (c) => c.notNull().defaultTo(0))
		/** Language of the mails: de | en */
		.addColumn('locale', 'text', (c) => c.notNull().defaultTo('de'))
		/** SHA-256 of the secret in the cancel link (the link itself is never stored) */
		.addColumn('token_hash', 'text')
		/** When the person agreed to the privacy policy */
		.addColumn('consent_privacy_at', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.addColumn('promoted_at', 'text')
		.addColumn('cancelled_at', 'text')
		.addColumn('anonymized_at', 'text')
		.execute();
	await db.schema
		.createIndex('event_registration_occurrence_idx')
		.on('event_registration')
		.columns(['event_id', 'occurrence_start', 'status', 'position'])
		.execute();
	await db.schema
		.createIndex('event_registration_token_idx')
		.on('event_registration')
		.column('token_hash')
		.unique()
		.execute();
	await db.schema
		.createIndex('event_registration_retention_idx')
		.on('event_registration')
		.columns(['anonymized_at', 'occurrence_start'])
		.execute();

	await db.schema
		.createTable('calendar_setting')
		.addColumn('alliance_id', 'text', (c) =>
			c.primaryKey().references('alliance.id').onDelete('cascade')
		)
		/** 1: partners' events wait for a coordinator; 0: partners publish directly */
		.addColumn('partner_events_need_approval', 'integer', (c) => c.notNull().defaultTo(1))
		/** 1: the public form "Termin melden" is open */
		.addColumn('public_submissions', 'integer', (c) => c.notNull().defaultTo(1))
		/** Days after an event when registrations' personal data is deleted (event may override) */
		.addColumn('registration_retention_days', 'integer', (c) => c.notNull().defaultTo(30))
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.addColumn('updated_by', 'text')
		.execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('calendar_setting').ifExists().execute();
	await db.schema.dropTable('event_registration').ifExists().execute();
}
