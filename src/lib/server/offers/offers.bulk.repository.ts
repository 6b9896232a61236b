import type { Insertable } from 'kysely';
import type { DB } from '../db/db.ts';
import type {
	OfferCategoryLinkTable,
	OfferLocationTable,
	OfferScheduleTable,
	OfferTable
} from './offer.table.ts';

/* Bulk inserts of offers for load-test data (offers.bench.ts). */

async function chunked<T>(rows: readonly T[], size: number, run: (chunk: T[]) => Promise<unknown>) {
	for (let i = 0; i < rows.length; i += size) await run(rows.slice(i, i + size));
}

export async function insertOffersBulk(
	db: DB,
	rows: {
		offers: readonly Insertable<OfferTable>[];
		links: readonly OfferCategoryLinkTable[];
		locations: readonly Insertable<OfferLocationTable>[];
		schedules: readonly Insertable<OfferScheduleTable>[];
	}
): Promise<void> {
	// ~30 columns per offer: 100 rows stay well below every driver's parameter limit.
	await chunked(rows.offers, 100, (c) => db.insertInto('offer').values(c).execute());
	await chunked(rows.links, 1000, (c) => db.insertInto('offer_category_link').values(c).execute());
	await chunked(rows.locations, 200, (c) => db.insertInto('offer_location').values(c).execute());
	await chunked(rows.schedules, 500, (c) => db.insertInto('offer_schedule').values(c).execute());
}
