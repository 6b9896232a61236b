import type { DB } from '../db/db.ts';
import { AppError } from '../app-error.ts';
import { slugify } from '../partners/partner-text.ts';
import * as repo from './offer.repository.ts';
import * as categoryRepo from './offer-category.repository.ts';
import * as providerRepo from './offer-provider.repository.ts';
import { joinList, searchTextOf } from './offer.service.ts';
import type { OfferStatus } from './offer.table.ts';
import type { OfferValues } from './offer.types.ts';

/*
 * Writing an offer's values (shared by the coordinators' forms, the partners' own forms once
 * applied, the CSV import and the demo seed). Every id that came from a form — the provider
 * partner, the categories — is checked to belong to the same alliance first.
 */

export async function assertIdsOfAlliance(
	db: DB,
	allianceId: string,
	values: Pick<OfferValues, 'partnerId' | 'categoryIds'>
): Promise<{ partnerName: string; categoryNames: string[] }> {
	let partnerName = '';
	if (values.partnerId) {
		const [partner] = await providerRepo.findPartners(db, allianceId, [values.partnerId]);
		if (!partner) throw new AppError('INVALID', 'offers.error.partner', 'partnerId');
		partnerName = partner.name;
	}
	const categories = await categoryRepo.findCategories(db, allianceId);
	const names: string[] = [];
	for (const id of values.categoryIds) {
		const c = categories.find((x) => x.id === id);
		if (!c) throw new AppError('INVALID', 'offers.error.category', 'categoryIds');
		names.push(c.name);
	}
	return { partnerName, categoryNames: names };
}

function columns(values: OfferValues, extra: { partnerName: string; categoryNames: string[] }) {
	return {
		name: values.name,
		summary: values.summary,
		description: values.description,
		partner_id: values.partnerId,
		provider_name: values.partnerId ? '' : values.providerName,
		provider_url: values.partnerId ? '' : values.providerUrl,
		min_age_months: values.minAgeMonths,
		max_age_months: values.maxAgeMonths,
		cost_kind: values.costKind,
		cost_text: values.costText,
		languages: joinList(values.languages),
		access: joinList(values.access),
		access_note: values.accessNote,
		contact_name: values.contactName,
		email: values.email,
		phone: values.phone,
		url: values.url,
		links: JSON.stringify(values.links),
		search_text: searchTextOf(values, {
			partnerName: extra.partnerName,
			categories: extra.categoryNames
		})
	};
}

async function writeRelations(db: DB, allianceId: string, offerId: string, values: OfferValues) {
	await repo.replaceCategoryLinks(db, allianceId, offerId, values.categoryIds);
	const loc = values.location;
	const locationId = crypto.randomUUID();
	await repo.replaceLocations(
		db,
		allianceId,
		offerId,
		loc
			? [
					{
						row: {
							id: locationId,
							alliance_id: allianceId,
							offer_id: offerId,
							name: loc.name,
							street: loc.street,
							postal_code: loc.postalCode,
							city: loc.city,
							district: loc.district,
							latitude: loc.latitude,
							longitude: loc.longitude,
							wheelchair: loc.wheelchair ? 1 : 0,
							accessibility: loc.accessibility,
							hours_note: loc.hoursNote,
							position: 0
						},
						hours: loc.hours.map((h) => ({
							id: crypto.randomUUID(),
							alliance_id: allianceId,
							location_id: locationId,
							weekday: h.weekday,
							opens_at: h.opens,
							closes_at: h.closes
						}))
					}
				]
			: []
	);
}

async function freeSlug(db: DB, allianceId: string, name: string): Promise<string> {
	const base = slugify(name, 'angebot');
	let slug = base;
	for (let i = 2; await repo.slugTaken(db, allianceId, slug); i++) slug = `${base}-${i}`;
	return slug;
}

export async function insertOfferValues(
	db: DB,
	allianceId: string,
	values: OfferValues,
	options: { status: OfferStatus; checkedAt?: string; id?: string }
): Promise<{ id: string; slug: string }> {
	return db.transaction().execute((trx) => insertInTransaction(trx, allianceId, values, options));
}

/** The same inside the caller's transaction (the CSV import writes all rows in one). */
export async function insertInTransaction(
	db: DB,
	allianceId: string,
	values: OfferValues,
	options: { status: OfferStatus; checkedAt?: string; id?: string }
): Promise<{ id: string; slug: string }> {
	const extra = await assertIdsOfAlliance(db, allianceId, values);
	const now = new Date().toISOString();
	const id = options.id ?? crypto.randomUUID();
	const slug = await freeSlug(db, allianceId, values.name);
	await repo.insertOffer(db, {
		id,
		alliance_id: allianceId,
		slug,
		...columns(values, extra),
		status: options.status,
		last_checked_at: options.checkedAt ?? now,
		reminder_sent_at: null,
		confirm_token_hash: null,
		pending_changes: null,
		pending_at: null,
		pending_by: null,
		created_at: now,
		updated_at: now
	});
	await writeRelations(db, allianceId, id, values);
	return { id, slug };
}

/** Saves new values over an offer; saving counts as checking it ("last checked" today). */
export async function updateOfferValues(
	db: DB,
	allianceId: string,
	id: string,
	values: OfferValues,
	patch: { status?: OfferStatus; clearPending?: boolean } = {}
): Promise<void> {
	await db.transaction().execute((trx) => updateInTransaction(trx, allianceId, id, values, patch));
}

/** The same inside the caller's transaction. */
export async function updateInTransaction(
	db: DB,
	allianceId: string,
	id: string,
	values: OfferValues,
	patch: { status?: OfferStatus; clearPending?: boolean } = {}
): Promise<void> {
	const extra = await assertIdsOfAlliance(db, allianceId, values);
	const now = new Date().toISOString();
	const n = await repo.updateOffer(db, allianceId, id, {
		...columns(values, extra),
		...(patch.status ? { status: patch.status } : {}),
		...(patch.clearPending ? { pending_changes: null, pending_at: null, pending_by: null } : {}),
		last_checked_at: now,
		confirm_token_hash: null,
		updated_at: now
	});
	if (!n) throw new AppError('NOT_FOUND', 'error.notFound');
	await writeRelations(db, allianceId, id, values);
}
