import type { Kysely } from 'kysely';

/*
 * Indexes for the Familienwegweiser's list at 5,000 offers (bench/offers.ts). Each holds all a
 * filter step reads, so the list never touches the wide offer rows until it shows a page:
 * - offer_list_idx: the matching offers' keys in name order, the count, the languages; it
 *   replaces offer_alliance_status_idx, whose columns are its first three;
 * - the offers of one Lebenslage; the locations in a district (and step-free);
 *   the locations open on a weekday (and at a time).
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createIndex('offer_list_idx')
		.on('offer')
		.columns(['alliance_id', 'status', 'name', 'id', 'last_checked_at', 'languages'])
		.execute();
	await db.schema.dropIndex('offer_alliance_status_idx').execute();
	await db.schema
		.createIndex('offer_category_link_filter_idx')
		.on('offer_category_link')
		.columns(['alliance_id', 'category_id', 'offer_id'])
		.execute();
	await db.schema
		.createIndex('offer_location_filter_idx')
		.on('offer_location')
		.columns(['alliance_id', 'district', 'wheelchair', 'id', 'offer_id'])
		.execute();
	await db.schema.dropIndex('offer_location_district_idx').execute();
	await db.schema
		.createIndex('offer_schedule_weekday_idx')
		.on('offer_schedule')
		.columns(['alliance_id', 'weekday', 'location_id', 'opens_at', 'closes_at'])
		.execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropIndex('offer_schedule_weekday_idx').execute();
	await db.schema
		.createIndex('offer_location_district_idx')
		.on('offer_location')
		.columns(['alliance_id', 'district'])
		.execute();
	await db.schema.dropIndex('offer_location_filter_idx').execute();
	await db.schema.dropIndex('offer_category_link_filter_idx').execute();
	await db.schema
		.createIndex('offer_alliance_status_idx')
		.on('offer')
		.columns(['alliance_id', 'status', 'name'])
		.execute();
	await db.schema.dropIndex('offer_list_idx').execute();
}
