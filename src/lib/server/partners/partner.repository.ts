import type { Insertable, Selectable, Updateable } from 'kysely';
import type { DB } from '../db/db.ts';
import type { PartnerKind, PartnerTable } from './partner.table.ts';

/*
 * SQL of the partner network. Every function filters by alliance. Public reads select only
 * PUBLIC_COLUMNS, so internal contact data cannot slip into a public page by accident.
 */

export type PartnerRow = Selectable<PartnerTable>;

export const PUBLIC_COLUMNS = [
	'partner.id',
	'partner.slug',
	'partner.name',
	'partner.kind',
	'partner.description_html',
	'partner.contribution',
	'partner.logo_id',
	'partner.street',
	'partner.postal_code',
	'partner.city',
	'partner.district',
	'partner.website',
	'partner.public_email',
	'partner.public_phone',
	'partner.joined_on'
] as const;

export interface PublicFilter {
	kind?: PartnerKind | '';
	district?: string;
	topicId?: string | null;
}

export function findActivePublicPartners(db: DB, allianceId: string, filter: PublicFilter = {}) {
	let query = db
		.selectFrom('partner')
		.select(PUBLIC_COLUMNS)
		.where('partner.alliance_id', '=', allianceId)
		.where('partner.status', '=', 'active');
	if (filter.kind) query = query.where('partner.kind', '=', filter.kind);
	if (filter.district) query = query.where('partner.district', '=', filter.district);
	if (filter.topicId) {
		const topicId = filter.topicId;
		query = query.where((eb) =>
			eb.exists(
				eb
					.selectFrom('partner_topic')
					.select('partner_topic.partner_id')
					.whereRef('partner_topic.partner_id', '=', 'partner.id')
					.where('partner_topic.topic_id', '=', topicId)
			)
		);
	}
	return query.orderBy('partner.name').execute();
}

export type PublicPartnerRow = Awaited<ReturnType<typeof findActivePublicPartners>>[number];

export function findActivePublicPartnerBySlug(db: DB, allianceId: string, slug: string) {
	return db
		.selectFrom('partner')
		.select(PUBLIC_COLUMNS)
		.where('partner.alliance_id', '=', allianceId)
		.where('partner.slug', '=', slug)
		.where('partner.status', '=', 'active')
		.executeTakeFirst();
}

export function findActivePublicPartnersByIds(db: DB, allianceId: string, ids: string[]) {
	if (!ids.length) return Promise.resolve([]);
	return db
		.selectFrom('partner')
		.select(PUBLIC_COLUMNS)
		.where('partner.alliance_id', '=', allianceId)
		.where('partner.status', '=', 'active')
		.where('partner.id', 'in', ids)
		.orderBy('partner.name')
		.execute();
}

export function findPartnerById(db: DB, allianceId: string, id: string) {
	return db
		.selectFrom('partner')
		.selectAll()
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.executeTakeFirst();
}

export function findPartnersForAdmin(db: DB, allianceId: string) {
	return db
		.selectFrom('partner')
		.select(['id', 'slug', 'name', 'kind', 'district', 'status', 'pending_at'])
		.where('alliance_id', '=', allianceId)
		.orderBy('name')
		.execute();
}

export async function slugTaken(db: DB, allianceId: string, slug: string): Promise<boolean> {
	const row = await db
		.selectFrom('partner')
		.select('id')
		.where('alliance_id', '=', allianceId)
		.where('slug', '=', slug)
		.executeTakeFirst();
	return !!row;
}

export async function insertPartner(db: DB, row: Insertable<PartnerTable>): Promise<void> {
	await db.insertInto('partner').values(row).execute();
}

export async function updatePartner(
	db: DB,
	allianceId: string,
	id: string,
	patch: Updateable<PartnerTable>
): Promise<void> {
	await db
		.updateTable('partner')
		.set(patch)
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.execute();
}

export function findDistricts(db: DB, allianceId: string) {
	return db
		.selectFrom('partner')
		.select('district')
		.distinct()
		.where('alliance_id', '=', allianceId)
		.where('status', '=', 'active')
		.where('district', '!=', '')
		.orderBy('district')
		.execute();
}

// ---------- topics ----------

export function findTopics(db: DB, allianceId: string) {
	return db
		.selectFrom('topic')
		.select(['id', 'slug', 'name'])
		.where('alliance_id', '=', allianceId)
		.orderBy('position')
		.orderBy('name')
		.execute();
}

/** Topics of the given partners (or of all partners of the alliance when ids is null). */
export function findPartnerTopics(db: DB, allianceId: string, partnerIds: string[] | null) {
	let query = db
		.selectFrom('partner_topic')
		.innerJoin('topic', 'topic.id', 'partner_topic.topic_id')
		.select(['partner_topic.partner_id', 'topic.id', 'topic.slug', 'topic.name'])
		.where('topic.alliance_id', '=', allianceId);
	if (partnerIds) {
		if (!partnerIds.length) return Promise.resolve([]);
		query = query.where('partner_topic.partner_id', 'in', partnerIds);
	}
	return query.orderBy('topic.position').orderBy('topic.name').execute();
}

/** Replaces a partner's topics with those of the list that belong to the alliance. */
export async function replacePartnerTopics(
	db: DB,
	allianceId: string,
	partnerId: string,
	topicIds: string[]
): Promise<void> {
	await db.deleteFrom('partner_topic').where('partner_id', '=', partnerId).execute();
	if (!topicIds.length) return;
	const valid = await db
		.selectFrom('topic')
		.select('id')
		.where('alliance_id', '=', allianceId)
		.where('id', 'in', topicIds)
		.execute();
	if (!valid.length) return;
	await db
		.insertInto('partner_topic')
		.values(valid.map((t) => ({ partner_id: partnerId, topic_id: t.id })))
		.execute();
}

// ---------- contacts (accounts speaking for a partner) ----------

export function findContactsOfPartner(db: DB, allianceId: string, partnerId: string) {
	return db
		.selectFrom('partner_contact')
		.innerJoin('user', 'user.id', 'partner_contact.user_id')
		.select([
			'partner_contact.id',
			'partner_contact.user_id',
			'partner_contact.created_at',
			'user.name',
			'user.email'
		])
		.where('partner_contact.alliance_id', '=', allianceId)
		.where('partner_contact.partner_id', '=', partnerId)
		.orderBy('user.name')
		.execute();
}

export async function insertContact(
	db: DB,
	row: { id: string; alliance_id: string; partner_id: string; user_id: string; created_at: string }
): Promise<void> {
	await db
		.insertInto('partner_contact')
		.values(row)
		.onConflict((oc) => oc.columns(['partner_id', 'user_id']).doNothing())
		.execute();
}

export async function deleteContact(
	db: DB,
	allianceId: string,
	partnerId: string,
	contactId: string
): Promise<number> {
	const result = await db
		.deleteFrom('partner_contact')
		.where('alliance_id', '=', allianceId)
		.where('partner_id', '=', partnerId)
		.where('id', '=', contactId)
		.executeTakeFirst();
	return Number(result.numDeletedRows);
}

// ---------- invitations that make someone a partner's contact ----------

export async function insertPartnerInvitation(
	db: DB,
	row: { invitation_id: string; alliance_id: string; partner_id: string; email: string }
): Promise<void> {
	await db
		.insertInto('partner_invitation')
		.values({ ...row, created_at: new Date().toISOString() })
		.execute();
}

/** Accepted invitations of this address in this alliance that name a partner. */
export function findAcceptedPartnerInvitations(db: DB, allianceId: string, email: string) {
	return db
		.selectFrom('partner_invitation')
		.innerJoin('invitation', 'invitation.id', 'partner_invitation.invitation_id')
		.select(['partner_invitation.invitation_id', 'partner_invitation.partner_id'])
		.where('partner_invitation.alliance_id', '=', allianceId)
		.where('partner_invitation.email', '=', email.toLowerCase())
		.where('invitation.status', '=', 'accepted')
		.execute();
}

export function findPartnerInvitation(db: DB, invitationId: string) {
	return db
		.selectFrom('partner_invitation')
		.select(['invitation_id', 'alliance_id', 'partner_id', 'email'])
		.where('invitation_id', '=', invitationId)
		.executeTakeFirst();
}

/** Pending invitations of a partner (invited, not yet joined). */
export function findPendingPartnerInvitations(db: DB, allianceId: string, partnerId: string) {
	return db
		.selectFrom('partner_invitation')
		.innerJoin('invitation', 'invitation.id', 'partner_invitation.invitation_id')
		.select(['invitation.id', 'invitation.email', 'invitation.expiresAt'])
		.where('partner_invitation.alliance_id', '=', allianceId)
		.where('partner_invitation.partner_id', '=', partnerId)
		.where('invitation.status', '=', 'pending')
		.execute();
}

// ---------- settings ----------

export function findSetting(db: DB, allianceId: string) {
	return db
		.selectFrom('partner_setting')
		.selectAll()
		.where('alliance_id', '=', allianceId)
		.executeTakeFirst();
}

export async function upsertSetting(
	db: DB,
	allianceId: string,
	changesNeedApproval: boolean
): Promise<void> {
	const now = new Date().toISOString();
	const value = changesNeedApproval ? 1 : 0;
	await db
		.insertInto('partner_setting')
		.values({ alliance_id: allianceId, changes_need_approval: value, updated_at: now })
		.onConflict((oc) =>
			oc.column('alliance_id').doUpdateSet({ changes_need_approval: value, updated_at: now })
		)
		.execute();
}

/** Every partner of the alliance with all columns (CSV export), by name. */
export function findAllPartners(db: DB, allianceId: string) {
	return db
		.selectFrom('partner')
		.selectAll()
		.where('alliance_id', '=', allianceId)
		.orderBy('name')
		.orderBy('id')
		.execute();
}
