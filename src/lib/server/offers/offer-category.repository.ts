import type { Insertable, Updateable } from 'kysely';
import type { DB } from '../db/db.ts';
import type { OfferCategoryTable, OfferStatus } from './offer.table.ts';

/* SQL of the Lebenslagen (offer categories). Every function is filtered by alliance_id. */

export function findCategories(db: DB, allianceId: string) {
	return db
		.selectFrom('offer_category')
		.selectAll()
		.where('alliance_id', '=', allianceId)
		.orderBy('position')
		.orderBy('name')
		.execute();
}

export async function insertCategories(
	db: DB,
	rows: Insertable<OfferCategoryTable>[]
): Promise<void> {
	if (rows.length) await db.insertInto('offer_category').values(rows).execute();
}

export async function updateCategory(
	db: DB,
	allianceId: string,
	id: string,
	patch: Updateable<OfferCategoryTable>
): Promise<number> {
	const r = await db
		.updateTable('offer_category')
		.set(patch)
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.executeTakeFirst();
	return Number(r.numUpdatedRows);
}

export async function deleteCategory(db: DB, allianceId: string, id: string): Promise<number> {
	const r = await db
		.deleteFrom('offer_category')
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.executeTakeFirst();
	return Number(r.numDeletedRows);
}

export async function countOffersInCategory(db: DB, allianceId: string, categoryId: string) {
	const row = await db
		.selectFrom('offer_category_link')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('alliance_id', '=', allianceId)
		.where('category_id', '=', categoryId)
		.executeTakeFirst();
	return Number(row?.n ?? 0);
}

/** Visible offers per category (one grouped query), for the entry page's tiles. */
export async function countOffersByCategory(
	db: DB,
	allianceId: string,
	f: { statuses: OfferStatus[]; checkedSince: string }
): Promise<Map<string, number>> {
	// The offer's alliance_id scopes the links (written with their offer's); leaving the links'
	// own column out lets both sides be read from indexes alone.
	const rows = await db
		.selectFrom('offer')
		.innerJoin('offer_category_link', 'offer_category_link.offer_id', 'offer.id')
		.select(['offer_category_link.category_id', (eb) => eb.fn.countAll<number>().as('n')])
		.where('offer.alliance_id', '=', allianceId)
		.where('offer.status', 'in', f.statuses)
		.where('offer.last_checked_at', '>=', f.checkedSince)
		.groupBy('offer_category_link.category_id')
		.execute();
	return new Map(rows.map((r) => [r.category_id, Number(r.n)]));
}
