import type { ColumnDefinitionBuilder, Kysely } from 'kysely';

/*
 * The Familienwegweiser: offers for families (HSDS "service"), their categories
 * ("Lebenslagen", an HSDS taxonomy per alliance), locations (HSDS "location" +
 * "service_at_location") and weekly opening hours (HSDS "schedule").
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	const alliance = (c: ColumnDefinitionBuilder) =>
		c.notNull().references('alliance.id').onDelete('cascade');

	await db.schema
		.createTable('offer_category')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('alliance_id', 'text', alliance)
		.addColumn('slug', 'text', (c) => c.notNull())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
		.execute();
	await db.schema
		.createIndex('offer_category_alliance_slug_idx')
		.on('offer_category')
		.columns(['alliance_id', 'slug'])
		.unique()
		.execute();

	await db.schema
		.createTable('offer')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('alliance_id', 'text', alliance)
		.addColumn('slug', 'text', (c) => c.notNull())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('partner_id', 'text', (c) => c.references('partner.id').onDelete('set null'))
		/** Provider when it is not a partner of the alliance */
		.addColumn('provider_name', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('provider_url', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('min_age_months', 'integer')
		.addColumn('max_age_months', 'integer')
		/** free | amount | reduced */
		.addColumn('cost_kind', 'text', (c) => c.notNull().defaultTo('free'))
		.addColumn('cost_text', 'text', (c) => c.notNull().defaultTo(''))
		/** ISO 639-1 codes, written ",de,tr," so that one code is found with LIKE */
		.addColumn('languages', 'text', (c) => c.notNull().defaultTo(',de,'))
		/** walk_in, appointment, registration, referral: written ",walk_in,appointment," */
		.addColumn('access', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('access_note', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('contact_name', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('email', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('url', 'text', (c) => c.notNull().defaultTo(''))
		/** JSON [{ label, url }] */
		.addColumn('links', 'text', (c) => c.notNull().defaultTo('[]'))
		/** draft | published | archived */
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('published'))
		/** Lower-case text of name, summary, description, provider, categories, languages: for text queries */
		.addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('last_checked_at', 'text', (c) => c.notNull())
		.addColumn('reminder_sent_at', 'text')
		/** SHA-256 of the "still correct" token of the last reminder */
		.addColumn('confirm_token_hash', 'text')
		.addColumn('pending_changes', 'text')
		.addColumn('pending_at', 'text')
		.addColumn('pending_by', 'text')
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('offer_alliance_slug_idx')
		.on('offer')
		.columns(['alliance_id', 'slug'])
		.unique()
		.execute();
	await db.schema
		.createIndex('offer_alliance_status_idx')
		.on('offer')
		.columns(['alliance_id', 'status', 'name'])
		.execute();
	await db.schema
		.createIndex('offer_partner_idx')
		.on('offer')
		.columns(['alliance_id', 'partner_id'])
		.execute();
	await db.schema
		.createIndex('offer_token_idx')
		.on('offer')
		.columns(['confirm_token_hash'])
		.execute();

	await db.schema
		.createTable('offer_category_link')
		.addColumn('offer_id', 'text', (c) => c.notNull().references('offer.id').onDelete('cascade'))
		.addColumn('category_id', 'text', (c) =>
			c.notNull().references('offer_category.id').onDelete('cascade')
		)
		.addColumn('alliance_id', 'text', alliance)
		.addPrimaryKeyConstraint('offer_category_link_pk', ['offer_id', 'category_id'])
		.execute();
	await db.schema
		.createIndex('offer_category_link_category_idx')
		.on('offer_category_link')
		.columns(['category_id'])
		.execute();

	await db.schema
		.createTable('offer_location')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('alliance_id', 'text', alliance)
		.addColumn('offer_id', 'text', (c) => c.notNull().references('offer.id').onDelete('cascade'))
		.addColumn('name', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('street', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('postal_code', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('city', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('district', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('latitude', 'real')
		.addColumn('longitude', 'real')
		.addColumn('wheelchair', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('accessibility', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('hours_note', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
		.execute();
	await db.schema
		.createIndex('offer_location_offer_idx')
		.on('offer_location')
		.columns(['offer_id'])
		.execute();
	await db.schema
		.createIndex('offer_location_district_idx')
		.on('offer_location')
		.columns(['alliance_id', 'district'])
		.execute();

	// Weekly opening hours (HSDS schedule: freq WEEKLY, byday, opens_at, closes_at).
	await db.schema
		.createTable('offer_schedule')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('alliance_id', 'text', alliance)
		.addColumn('location_id', 'text', (c) =>
			c.notNull().references('offer_location.id').onDelete('cascade')
		)
		/** 1 = Monday … 7 = Sunday */
		.addColumn('weekday', 'integer', (c) => c.notNull())
		/** 'HH:MM' local time (Europe/Berlin) */
		.addColumn('opens_at', 'text', (c) => c.notNull())
		.addColumn('closes_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('offer_schedule_location_idx')
		.on('offer_schedule')
		.columns(['location_id', 'weekday'])
		.execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	for (const table of [
		'offer_schedule',
		'offer_location',
		'offer_category_link',
		'offer',
		'offer_category'
	]) {
		await db.schema.dropTable(table).ifExists().execute();
	}
}
