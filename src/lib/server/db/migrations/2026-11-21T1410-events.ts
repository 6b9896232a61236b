import type { Kysely } from 'kysely';

/*
 * The calendar: events of the alliance and its partners, one row per series (recurrence kept as
 * an RFC 5545 RRULE + EXDATE list, never expanded into copies), per-occurrence exceptions keyed
 * by the original start (RECURRENCE-ID), a materialised occurrence table for the public views
 * (see docs/decisions/007-recurrence.md), a change history, and a per-alliance calendar version
 * for feed validators (ETag / Last-Modified).
 * Instants are ISO-8601 UTC text; the wall-clock time zone is kept beside them.
 * Columns for later workflows (public submission, import, registration) are created here so
 * that those features add behaviour, not reshape the table.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('event')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('alliance_id', 'text', (c) =>
			c.notNull().references('alliance.id').onDelete('cascade')
		)
		.addColumn('slug', 'text', (c) => c.notNull())
		/** Stable iCalendar UID, never changes (feeds, calendar clients) */
		.addColumn('uid', 'text', (c) => c.notNull().unique())
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('description_html', 'text', (c) => c.notNull().defaultTo(''))
		// When: first occurrence, in UTC, with the wall-clock zone the rule is expanded in.
		.addColumn('start_utc', 'text', (c) => c.notNull())
		.addColumn('end_utc', 'text', (c) => c.notNull())
		.addColumn('time_zone', 'text', (c) => c.notNull().defaultTo('Europe/Berlin'))
		/** 1: whole days; start/end are local midnights (end exclusive, as iCalendar DTEND) */
		.addColumn('all_day', 'integer', (c) => c.notNull().defaultTo(0))
		/** RFC 5545 RRULE value without DTSTART, e.g. FREQ=WEEKLY;BYDAY=WE; null: single event */
		.addColumn('rrule', 'text')
		/** JSON array of UTC instants (original starts) left out of the series */
		.addColumn('exdates', 'text', (c) => c.notNull().defaultTo('[]'))
		/** Up to where event_occurrence holds this event's occurrences (UTC) */
		.addColumn('occurrences_until', 'text')
		// Where
		.addColumn('place_name', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('address', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('district', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('latitude', 'double precision')
		.addColumn('longitude', 'double precision')
		.addColumn('online_url', 'text', (c) => c.notNull().defaultTo(''))
		// Who: the alliance itself (null) or one of its partners; free text for others
		.addColumn('organiser_partner_id', 'text', (c) =>
			c.references('partner.id').onDelete('set null')
		)
		.addColumn('organiser_name', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('contact_name', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('contact_email', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('contact_phone', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('website_url', 'text', (c) => c.notNull().defaultTo(''))
		// For whom, at what cost
		/** free | amount | on_request */
		.addColumn('cost_kind', 'text', (c) => c.notNull().defaultTo('free'))
		.addColumn('cost_cents', 'integer')
		.addColumn('cost_note', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('accessibility', 'text', (c) => c.notNull().defaultTo(''))
		/** JSON array of language codes, e.g. ["de","tr"] */
		.addColumn('languages', 'text', (c) => c.notNull().defaultTo('[]'))
		.addColumn('image_id', 'text', (c) => c.references('file.id').onDelete('set null'))
		.addColumn('image_alt', 'text', (c) => c.notNull().defaultTo(''))
		/** 1: shown among the highlights on the home page */
		.addColumn('highlight', 'integer', (c) => c.notNull().defaultTo(0))
		// Workflow
		/** draft | submitted | published | cancelled | rejected */
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('draft'))
		/** Reason of a rejection or a cancellation, shown to the organiser / the public */
		.addColumn('status_note', 'text', (c) => c.notNull().defaultTo(''))
		/** iCalendar SEQUENCE: rises with every change */
		.addColumn('sequence', 'integer', (c) => c.notNull().defaultTo(0))
		/** manual | submission | import */
		.addColumn('source', 'text', (c) => c.notNull().defaultTo('manual'))
		/** Import: the subscription (table added by the import feature) and the UID there */
		.addColumn('source_feed_id', 'text')
		.addColumn('external_uid', 'text')
		/** Public submission without an account: who sent it (personal data, deleted later) */
		.addColumn('submitter_name', 'text')
		.addColumn('submitter_email', 'text')
		// Registration (the registration feature adds its own tables)
		.addColumn('registration_enabled', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('registration_capacity', 'integer')
		.addColumn('registration_waitlist', 'integer', (c) => c.notNull().defaultTo(1))
		.addColumn('registration_opens_at', 'text')
		.addColumn('registration_closes_at', 'text')
		/** Days after the event when registrations' personal data is deleted */
		.addColumn('registration_retention_days', 'integer')
		/** Lower-case text of title, summary, description, place and organiser for search */
		.addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('published_at', 'text')
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('created_by', 'text')
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.addColumn('updated_by', 'text')
		.execute();
	await db.schema
		.createIndex('event_alliance_slug_idx')
		.on('event')
		.columns(['alliance_id', 'slug'])
		.unique()
		.execute();
	await db.schema
		.createIndex('event_alliance_status_start_idx')
		.on('event')
		.columns(['alliance_id', 'status', 'start_utc'])
		.execute();
	await db.schema
		.createIndex('event_alliance_updated_idx')
		.on('event')
		.columns(['alliance_id', 'updated_at'])
		.execute();
	await db.schema
		.createIndex('event_organiser_idx')
		.on('event')
		.columns(['organiser_partner_id', 'start_utc'])
		.execute();
	await db.schema
		.createIndex('event_external_uid_idx')
		.on('event')
		.columns(['source_feed_id', 'external_uid'])
		.unique()
		.execute();

	await db.schema
		.createTable('event_topic')
		.addColumn('event_id', 'text', (c) => c.notNull().references('event.id').onDelete('cascade'))
		.addColumn('topic_id', 'text', (c) => c.notNull().references('topic.id').onDelete('cascade'))
		.addPrimaryKeyConstraint('event_topic_pk', ['event_id', 'topic_id'])
		.execute();
	await db.schema
		.createIndex('event_topic_topic_idx')
		.on('event_topic')
		.columns(['topic_id', 'event_id'])
		.execute();

	await db.schema
		.createTable('event_target_group')
		.addColumn('event_id', 'text', (c) => c.notNull().references('event.id').onDelete('cascade'))
		/** 0-3 | 3-6 | 6-10 | 10-14 | 14-18 | parents | grandparents | everyone */
		.addColumn('target_group', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('event_target_group_pk', ['event_id', 'target_group'])
		.execute();
	await db.schema
		.createIndex('event_target_group_group_idx')
		.on('event_target_group')
		.columns(['target_group', 'event_id'])
		.execute();

	await db.schema
		.createTable('event_attachment')
		.addColumn('event_id', 'text', (c) => c.notNull().references('event.id').onDelete('cascade'))
		.addColumn('file_id', 'text', (c) => c.notNull().references('file.id').onDelete('cascade'))
		.addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
		.addPrimaryKeyConstraint('event_attachment_pk', ['event_id', 'file_id'])
		.execute();

	// One occurrence of a series moved, changed or cancelled (iCalendar RECURRENCE-ID).
	await db.schema
		.createTable('event_override')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('alliance_id', 'text', (c) =>
			c.notNull().references('alliance.id').onDelete('cascade')
		)
		.addColumn('event_id', 'text', (c) => c.notNull().references('event.id').onDelete('cascade'))
		/** Original start of the occurrence (UTC) */
		.addColumn('recurrence_id', 'text', (c) => c.notNull())
		.addColumn('cancelled', 'integer', (c) => c.notNull().defaultTo(0))
		/** New times; null: as in the series */
		.addColumn('start_utc', 'text')
		.addColumn('end_utc', 'text')
		/** Changed details; null: as in the series */
		.addColumn('title', 'text')
		.addColumn('summary', 'text')
		.addColumn('place_name', 'text')
		.addColumn('address', 'text')
		/** Public remark for this one date, e.g. why it is cancelled or moved */
		.addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('sequence', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.addColumn('updated_by', 'text')
		.execute();
	await db.schema
		.createIndex('event_override_event_idx')
		.on('event_override')
		.columns(['event_id', 'recurrence_id'])
		.unique()
		.execute();

	// Materialised occurrences for a rolling horizon; rebuilt with every change of the event.
	await db.schema
		.createTable('event_occurrence')
		.addColumn('event_id', 'text', (c) => c.notNull().references('event.id').onDelete('cascade'))
		.addColumn('recurrence_id', 'text', (c) => c.notNull())
		.addColumn('alliance_id', 'text', (c) =>
			c.notNull().references('alliance.id').onDelete('cascade')
		)
		/** The event's status, copied so public queries need no second filter */
		.addColumn('status', 'text', (c) => c.notNull())
		.addColumn('start_utc', 'text', (c) => c.notNull())
		.addColumn('end_utc', 'text', (c) => c.notNull())
		.addColumn('all_day', 'integer', (c) => c.notNull().defaultTo(0))
		/** 1: this date does not take place (event or occurrence cancelled) */
		.addColumn('cancelled', 'integer', (c) => c.notNull().defaultTo(0))
		/** 1: an event_override row applies */
		.addColumn('overridden', 'integer', (c) => c.notNull().defaultTo(0))
		.addPrimaryKeyConstraint('event_occurrence_pk', ['event_id', 'recurrence_id'])
		.execute();
	await db.schema
		.createIndex('event_occurrence_start_idx')
		.on('event_occurrence')
		.columns(['alliance_id', 'status', 'start_utc'])
		.execute();
	await db.schema
		.createIndex('event_occurrence_end_idx')
		.on('event_occurrence')
		.columns(['alliance_id', 'status', 'end_utc'])
		.execute();

	// Who changed what, when (also for partners and the moderation queue).
	await db.schema
		.createTable('event_history')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('alliance_id', 'text', (c) =>
			c.notNull().references('alliance.id').onDelete('cascade')
		)
		.addColumn('event_id', 'text', (c) => c.notNull().references('event.id').onDelete('cascade'))
		/** Set when the change concerns one occurrence */
		.addColumn('recurrence_id', 'text')
		/** null: the system (import, job) */
		.addColumn('user_id', 'text')
		/** create | update | status | occurrence.cancel | occurrence.move | … */
		.addColumn('action', 'text', (c) => c.notNull())
		/** JSON: { field: [before, after] } */
		.addColumn('changes', 'text', (c) => c.notNull().defaultTo('{}'))
		.addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('event_history_event_idx')
		.on('event_history')
		.columns(['event_id', 'created_at'])
		.execute();
	await db.schema
		.createIndex('event_history_alliance_idx')
		.on('event_history')
		.columns(['alliance_id', 'created_at'])
		.execute();

	// One row per alliance: rises with every change of its calendar (feeds' ETag / Last-Modified).
	await db.schema
		.createTable('calendar_state')
		.addColumn('alliance_id', 'text', (c) =>
			c.primaryKey().references('alliance.id').onDelete('cascade')
		)
		.addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('changed_at', 'text', (c) => c.notNull())
		.execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	for (const table of [
		'calendar_state',
		'event_history',
		'event_occurrence',
		'event_override',
		'event_attachment',
		'event_target_group',
		'event_topic',
		'event'
	]) {
		await db.schema.dropTable(table).ifExists().execute();
	}
}
