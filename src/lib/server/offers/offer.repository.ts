import type { Insertable, Updateable } from 'kysely';
import type { DB } from '../db/db.ts';
import type {
	OfferLocationTable,
	OfferScheduleTable,
	OfferStatus,
	OfferTable
} from './offer.table.ts';

/* SQL of the Familienwegweiser's offers, their places and categories links. Every function is
 * filtered by alliance_id. Categories: offer-category.repository.ts; providers and the yearly
 * check: offer-provider.repository.ts. */

// ---------- offers ----------

export async function insertOffer(db: DB, row: Insertable<OfferTable>): Promise<void> {
	await db.insertInto('offer').values(row).execute();
}

export async function updateOffer(
	db: DB,
	allianceId: string,
	id: string,
	patch: Updateable<OfferTable>
): Promise<number> {
	const r = await db
		.updateTable('offer')
		.set(patch)
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.executeTakeFirst();
	return Number(r.numUpdatedRows);
}

export async function deleteOffer(db: DB, allianceId: string, id: string): Promise<number> {
	const r = await db
		.deleteFrom('offer')
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.executeTakeFirst();
	return Number(r.numDeletedRows);
}

export function findOfferById(db: DB, allianceId: string, id: string) {
	return db
		.selectFrom('offer')
		.selectAll()
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.executeTakeFirst();
}

export function findOfferBySlug(db: DB, allianceId: string, slug: string) {
	return db
		.selectFrom('offer')
		.selectAll()
		.where('alliance_id', '=', allianceId)
		.where('slug', '=', slug)
		.executeTakeFirst();
}

export async function slugTaken(db: DB, allianceId: string, slug: string): Promise<boolean> {
	const row = await db
		.selectFrom('offer')
		.select('id')
		.where('alliance_id', '=', allianceId)
		.where('slug', '=', slug)
		.executeTakeFirst();
	return !!row;
}

/** The offers of the admin list (all states), or those of some partners (intern). */
export function findOffersForAdmin(
	db: DB,
	allianceId: string,
	options: { partnerIds?: string[]; pendingOnly?: boolean } = {}
) {
	let q = db.selectFrom('offer').selectAll().where('alliance_id', '=', allianceId);
	if (options.partnerIds) {
		if (!options.partnerIds.length) return Promise.resolve([]);
		q = q.where('partner_id', 'in', options.partnerIds);
	}
	if (options.pendingOnly) q = q.where('pending_at', 'is not', null);
	return q.orderBy('name').execute();
}

export interface OfferQuery {
	statuses: OfferStatus[];
	/** Only offers checked on or after this instant (older ones are hidden) */
	checkedSince?: string;
	categoryId?: string;
	/** The category by its address (the public list: no lookup of its id first) */
	categorySlug?: string;
	/** The child's age range in months: offers whose ages overlap it */
	ageMonths?: { from: number; to: number };
	free?: boolean;
	district?: string;
	language?: string;
	wheelchair?: boolean;
	/** Open on this weekday (1–7), and at this time if given */
	openOn?: { weekday: number; time?: string };
	/** Words that must all occur in search_text (already folded) */
	words?: string[];
	partnerId?: string;
	ids?: string[];
	modifiedSince?: string;
	limit: number;
	offset: number;
}

function filtered(db: DB, allianceId: string, f: OfferQuery) {
	let q = db
		.selectFrom('offer')
		.where('offer.alliance_id', '=', allianceId)
		.where('offer.status', 'in', f.statuses);
	if (f.checkedSince) q = q.where('offer.last_checked_at', '>=', f.checkedSince);
	if (f.partnerId) q = q.where('offer.partner_id', '=', f.partnerId);
	if (f.ids) q = q.where('offer.id', 'in', f.ids.length ? f.ids : ['']);
	if (f.modifiedSince) q = q.where('offer.updated_at', '>=', f.modifiedSince);
	// Related rows as `id in (…)`, not a correlated EXISTS: the planner can then start from the
	// small side (the links of one category, the locations in one district) instead of testing
	// every offer, also when its statistics are old (bench/offers.ts: 5,000 offers).
	if (f.categoryId) {
		const categoryId = f.categoryId;
		q = q.where('offer.id', 'in', (eb) =>
			eb
				.selectFrom('offer_category_link')
				.select('offer_category_link.offer_id')
				.where('offer_category_link.alliance_id', '=', allianceId)
				.where('offer_category_link.category_id', '=', categoryId)
		);
	}
	if (f.categorySlug) {
		const slug = f.categorySlug;
		q = q.where('offer.id', 'in', (eb) =>
			eb
				.selectFrom('offer_category_link')
				.innerJoin('offer_category', 'offer_category.id', 'offer_category_link.category_id')
				.select('offer_category_link.offer_id')
				.where('offer_category_link.alliance_id', '=', allianceId)
				.where('offer_category.alliance_id', '=', allianceId)
				.where('offer_category.slug', '=', slug)
		);
	}
	if (f.ageMonths) {
		const { from, to } = f.ageMonths;
		q = q
			.where((eb) =>
				eb.or([eb('offer.min_age_months', 'is', null), eb('offer.min_age_months', '<=', to)])
			)
			.where((eb) =>
				eb.or([eb('offer.max_age_months', 'is', null), eb('offer.max_age_months', '>=', from)])
			);
	}
	if (f.free) q = q.where('offer.cost_kind', '=', 'free');
	if (f.language) q = q.where('offer.languages', 'like', `%,${f.language},%`);
	for (const word of f.words ?? []) q = q.where('offer.search_text', 'like', `%${word}%`);
	if (f.district || f.wheelchair || f.openOn) {
		const { district, wheelchair, openOn } = f;
		q = q.where('offer.id', 'in', (eb) => {
			let loc = eb
				.selectFrom('offer_location')
				.select('offer_location.offer_id')
				.where('offer_location.alliance_id', '=', allianceId);
			if (district) loc = loc.where('offer_location.district', '=', district);
			if (wheelchair) loc = loc.where('offer_location.wheelchair', '=', 1);
			if (openOn) {
				loc = loc.where('offer_location.id', 'in', (e2) => {
					let s = e2
						.selectFrom('offer_schedule')
						.select('offer_schedule.location_id')
						.where('offer_schedule.alliance_id', '=', allianceId)
						.where('offer_schedule.weekday', '=', openOn.weekday);
					if (openOn.time) {
						s = s
							.where('offer_schedule.opens_at', '<=', openOn.time)
							.where('offer_schedule.closes_at', '>', openOn.time);
					}
					return s;
				});
			}
			return loc;
		});
	}
	return q;
}

/**
 * One page of the matching offers and how many match, in one round trip (both in parallel on
 * PostgreSQL). The filters and the order are served by the indexes of migration
 * 2026-12-07T0300; only the page's rows are read in full.
 */
export async function searchOffers(db: DB, allianceId: string, f: OfferQuery) {
	const [rows, count] = await Promise.all([
		f.limit
			? filtered(db, allianceId, f)
					.selectAll('offer')
					.orderBy('offer.name')
					.orderBy('offer.id')
					.limit(f.limit)
					.offset(f.offset)
					.execute()
			: Promise.resolve([]),
		filtered(db, allianceId, f)
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.executeTakeFirst()
	]);
	return { rows, total: Number(count?.n ?? 0) };
}

// ---------- relations ----------

export function findCategoryLinks(db: DB, allianceId: string, offerIds: string[]) {
	if (!offerIds.length) return Promise.resolve([]);
	return db
		.selectFrom('offer_category_link')
		.select(['offer_id', 'category_id'])
		.where('alliance_id', '=', allianceId)
		.where('offer_id', 'in', offerIds)
		.execute();
}

export async function replaceCategoryLinks(
	db: DB,
	allianceId: string,
	offerId: string,
	categoryIds: string[]
): Promise<void> {
	await db
		.deleteFrom('offer_category_link')
		.where('alliance_id', '=', allianceId)
		.where('offer_id', '=', offerId)
		.execute();
	if (categoryIds.length) {
		await db
			.insertInto('offer_category_link')
			.values(
				categoryIds.map((category_id) => ({
					offer_id: offerId,
					category_id,
					alliance_id: allianceId
				}))
			)
			.execute();
	}
}

export function findLocations(db: DB, allianceId: string, offerIds: string[]) {
	if (!offerIds.length) return Promise.resolve([]);
	return db
		.selectFrom('offer_location')
		.selectAll()
		.where('alliance_id', '=', allianceId)
		.where('offer_id', 'in', offerIds)
		.orderBy('position')
		.execute();
}

/** The opening hours of the offers' locations (without asking for the locations first). */
export function findSchedulesOfOffers(db: DB, allianceId: string, offerIds: string[]) {
	if (!offerIds.length) return Promise.resolve([]);
	return db
		.selectFrom('offer_schedule')
		.selectAll()
		.where('alliance_id', '=', allianceId)
		.where('location_id', 'in', (eb) =>
			eb
				.selectFrom('offer_location')
				.select('offer_location.id')
				.where('offer_location.alliance_id', '=', allianceId)
				.where('offer_location.offer_id', 'in', offerIds)
		)
		.orderBy('weekday')
		.orderBy('opens_at')
		.execute();
}

/** Replaces an offer's locations and their opening hours. */
export async function replaceLocations(
	db: DB,
	allianceId: string,
	offerId: string,
	locations: { row: Insertable<OfferLocationTable>; hours: Insertable<OfferScheduleTable>[] }[]
): Promise<void> {
	await db
		.deleteFrom('offer_location')
		.where('alliance_id', '=', allianceId)
		.where('offer_id', '=', offerId)
		.execute();
	for (const { row, hours } of locations) {
		await db.insertInto('offer_location').values(row).execute();
		if (hours.length) await db.insertInto('offer_schedule').values(hours).execute();
	}
}

/**
 * Districts of the alliance's published offers, for the filter: the few distinct districts
 * (read from the district index), each kept when one published offer is there — not a join of
 * every location with its offer.
 */
export async function findDistricts(db: DB, allianceId: string): Promise<string[]> {
	const rows = await db
		.selectFrom((eb) =>
			eb
				.selectFrom('offer_location')
				.select('district')
				.distinct()
				.where('alliance_id', '=', allianceId)
				.where('district', '!=', '')
				.as('d')
		)
		.select('d.district')
		.where((eb) =>
			eb.exists(
				eb
					.selectFrom('offer_location')
					.innerJoin('offer', 'offer.id', 'offer_location.offer_id')
					.select('offer.id')
					.where('offer_location.alliance_id', '=', allianceId)
					.whereRef('offer_location.district', '=', 'd.district')
					.where('offer.status', '=', 'published')
			)
		)
		.orderBy('d.district')
		.execute();
	return rows.map((r) => r.district);
}

/** Languages (",de,tr,") of the alliance's published offers, for the filter. */
export async function findLanguageLists(db: DB, allianceId: string): Promise<string[]> {
	const rows = await db
		.selectFrom('offer')
		.select('languages')
		.distinct()
		.where('alliance_id', '=', allianceId)
		.where('status', '=', 'published')
		.execute();
	return rows.map((r) => r.languages);
}
