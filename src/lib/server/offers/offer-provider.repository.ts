import type { DB } from '../db/db.ts';

/* SQL about offers' providers and the yearly check. Filtered by alliance_id, except the scan
 * over every alliance for reminders and the token lookup, whose secret is the key. */

// ---------- providers ----------

/** Active partners (public data) by id, to name an offer's provider. */
export function findPartners(db: DB, allianceId: string, ids: string[] | null) {
	let q = db
		.selectFrom('partner')
		.select([
			'id',
			'slug',
			'name',
			'website',
			'public_email',
			'public_phone',
			'description_html',
			'status',
			'internal_email'
		])
		.where('alliance_id', '=', allianceId)
		.where('status', '=', 'active');
	if (ids) q = q.where('id', 'in', ids.length ? ids : ['']);
	return q.orderBy('name').execute();
}

/** User ids of a partner's contacts (for the reminder mail). */
export function findPartnerContactEmails(db: DB, allianceId: string, partnerId: string) {
	return db
		.selectFrom('partner_contact')
		.innerJoin('user', 'user.id', 'partner_contact.user_id')
		.select(['user.email', 'user.name'])
		.where('partner_contact.alliance_id', '=', allianceId)
		.where('partner_contact.partner_id', '=', partnerId)
		.execute();
}

// ---------- yearly check ----------

/** Published offers of every alliance not checked since `checkedBefore` and not reminded since `remindedBefore`. */
export function findDueForReminder(
	db: DB,
	checkedBefore: string,
	remindedBefore: string,
	limit: number
) {
	return db
		.selectFrom('offer')
		.innerJoin('alliance', 'alliance.id', 'offer.alliance_id')
		.select([
			'offer.id',
			'offer.alliance_id',
			'offer.name',
			'offer.email',
			'offer.partner_id',
			'offer.last_checked_at',
			'alliance.name as alliance_name',
			'alliance.slug as alliance_slug',
			'alliance.domain as alliance_domain',
			'alliance.contact_email as alliance_email'
		])
		.where('offer.status', '=', 'published')
		.where('offer.last_checked_at', '<', checkedBefore)
		.where((eb) =>
			eb.or([
				eb('offer.reminder_sent_at', 'is', null),
				eb('offer.reminder_sent_at', '<', remindedBefore)
			])
		)
		.orderBy('offer.last_checked_at')
		.limit(limit)
		.execute();
}

/** The offer a "still correct" token belongs to (the token's hash is the key). */
export function findByTokenHash(db: DB, hash: string) {
	return db
		.selectFrom('offer')
		.select(['id', 'alliance_id', 'name', 'slug', 'last_checked_at', 'status'])
		.where('confirm_token_hash', '=', hash)
		.executeTakeFirst();
}

/** Providers of the visible offers: partner ids and the free-text providers' names. */
export async function findProviders(db: DB, allianceId: string, checkedSince: string) {
	return db
		.selectFrom('offer')
		.select(['partner_id', 'provider_name', 'provider_url'])
		.distinct()
		.where('alliance_id', '=', allianceId)
		.where('status', '=', 'published')
		.where('last_checked_at', '>=', checkedSince)
		.execute();
}
