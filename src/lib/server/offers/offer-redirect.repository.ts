import type { DB } from '../db/db.ts';

/* Addresses of offers merged into another one (offer_redirect, migration 2026-12-07T2100). */

/**
 * The merged-away entry's address (and every address that led to it) now leads to `keptId`;
 * an address that another offer uses itself is no redirect (that offer answers first).
 */
export async function redirectOffer(
	db: DB,
	allianceId: string,
	slug: string,
	duplicateId: string,
	keptId: string,
	now: string
): Promise<void> {
	await db
		.updateTable('offer_redirect')
		.set({ offer_id: keptId })
		.where('alliance_id', '=', allianceId)
		.where('offer_id', '=', duplicateId)
		.execute();
	await db
		.insertInto('offer_redirect')
		.values({ alliance_id: allianceId, slug, offer_id: keptId, created_at: now })
		.onConflict((oc) => oc.columns(['alliance_id', 'slug']).doUpdateSet({ offer_id: keptId }))
		.execute();
}

/** The slug of the offer an old address leads to, if any. */
export async function findRedirectSlug(
	db: DB,
	allianceId: string,
	slug: string
): Promise<string | undefined> {
	const row = await db
		.selectFrom('offer_redirect as r')
		.innerJoin('offer as o', 'o.id', 'r.offer_id')
		.select('o.slug')
		.where('r.alliance_id', '=', allianceId)
		.where('r.slug', '=', slug)
		.where('o.alliance_id', '=', allianceId)
		.executeTakeFirst();
	return row?.slug;
}
