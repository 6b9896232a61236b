import type { Insertable } from 'kysely';
import type { DB } from '../db/db.ts';
import type {
	AnnouncementTable,
	LibraryDocumentTable,
	LibraryFolderTable
} from './intern.table.ts';

// ---------- announcements ----------

export function findAnnouncements(db: DB, allianceId: string, limit = 50, since?: string) {
	let query = db
		.selectFrom('announcement')
		.leftJoin('user', 'user.id', 'announcement.created_by')
		.select([
			'announcement.id',
			'announcement.title',
			'announcement.body',
			'announcement.pinned',
			'announcement.created_at',
			'user.name as author'
		])
		.where('announcement.alliance_id', '=', allianceId);
	if (since) query = query.where('announcement.created_at', '>', since);
	return query
		.orderBy('announcement.pinned', 'desc')
		.orderBy('announcement.created_at', 'desc')
		.limit(limit)
		.execute();
}

export async function insertAnnouncement(db: DB, row: Insertable<AnnouncementTable>) {
	await db.insertInto('announcement').values(row).execute();
}

export async function deleteAnnouncement(db: DB, allianceId: string, id: string) {
	const r = await db
		.deleteFrom('announcement')
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.executeTakeFirst();
	return Number(r.numDeletedRows);
}

// ---------- library ----------

export function findFolders(db: DB, allianceId: string) {
	return db
		.selectFrom('library_folder')
		.selectAll()
		.where('alliance_id', '=', allianceId)
		.orderBy('position')
		.orderBy('name')
		.execute();
}

export async function insertFolder(db: DB, row: Insertable<LibraryFolderTable>) {
	await db.insertInto('library_folder').values(row).execute();
}

export async function deleteFolder(db: DB, allianceId: string, id: string) {
	const r = await db
		.deleteFrom('library_folder')
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.executeTakeFirst();
	return Number(r.numDeletedRows);
}

export function findDocuments(
	db: DB,
	allianceId: string,
	filter: { folderId?: string; since?: string } = {}
) {
	let query = db
		.selectFrom('library_document')
		.innerJoin('file', 'file.id', 'library_document.file_id')
		.select([
			'library_document.id',
			'library_document.folder_id',
			'library_document.file_id',
			'library_document.title',
			'library_document.created_at',
			'file.size',
			'file.mime'
		])
		.where('library_document.alliance_id', '=', allianceId);
	if (filter.folderId) query = query.where('library_document.folder_id', '=', filter.folderId);
	if (filter.since) query = query.where('library_document.created_at', '>', filter.since);
	return query.orderBy('library_document.title').execute();
}

export function findDocument(db: DB, allianceId: string, id: string) {
	return db
		.selectFrom('library_document')
		.selectAll()
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.executeTakeFirst();
}

export async function insertDocument(db: DB, row: Insertable<LibraryDocumentTable>) {
	await db.insertInto('library_document').values(row).execute();
}

export async function deleteDocument(db: DB, allianceId: string, id: string) {
	const r = await db
		.deleteFrom('library_document')
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.executeTakeFirst();
	return Number(r.numDeletedRows);
}

/** Whether a file is part of the internal library (then it is served to members only). */
export async function isLibraryFile(db: DB, allianceId: string, fileId: string) {
	return !!(await db
		.selectFrom('library_document')
		.select('id')
		.where('alliance_id', '=', allianceId)
		.where('file_id', '=', fileId)
		.executeTakeFirst());
}

// ---------- member directory ----------

export function findProfile(db: DB, allianceId: string, userId: string) {
	return db
		.selectFrom('member_profile')
		.selectAll()
		.where('alliance_id', '=', allianceId)
		.where('user_id', '=', userId)
		.executeTakeFirst();
}

export async function upsertProfile(
	db: DB,
	row: {
		alliance_id: string;
		user_id: string;
		listed: number;
		show_email: number;
		show_phone: number;
		phone: string;
		about: string;
		digest: number;
	}
) {
	const now = new Date().toISOString();
	const { alliance_id: _a, user_id: _u, ...rest } = row;
	await db
		.insertInto('member_profile')
		.values({ ...row, updated_at: now })
		.onConflict((oc) =>
			oc.columns(['alliance_id', 'user_id']).doUpdateSet({ ...rest, updated_at: now })
		)
		.execute();
}

/** Members who chose to be listed, with their account name and e-mail (shown only if allowed). */
export function findListedMembers(db: DB, allianceId: string) {
	return db
		.selectFrom('member_profile')
		.innerJoin('member', (join) =>
			join
				.onRef('member.userId', '=', 'member_profile.user_id')
				.onRef('member.organizationId', '=', 'member_profile.alliance_id')
		)
		.innerJoin('user', 'user.id', 'member_profile.user_id')
		.select([
			'user.id as user_id',
			'user.name',
			'user.email',
			'member.role',
			'member_profile.show_email',
			'member_profile.show_phone',
			'member_profile.phone',
			'member_profile.about'
		])
		.where('member_profile.alliance_id', '=', allianceId)
		.where('member_profile.listed', '=', 1)
		.orderBy('user.name')
		.execute();
}

export function findPartnerNamesOfUsers(db: DB, allianceId: string, userIds: string[]) {
	if (!userIds.length) return Promise.resolve([]);
	return db
		.selectFrom('partner_contact')
		.innerJoin('partner', 'partner.id', 'partner_contact.partner_id')
		.select(['partner_contact.user_id', 'partner.name', 'partner.slug'])
		.where('partner_contact.alliance_id', '=', allianceId)
		.where('partner_contact.user_id', 'in', userIds)
		.where('partner.status', '=', 'active')
		.execute();
}

/** Members who asked for the weekly digest and have not had one for `since`. */
export function findDigestRecipients(db: DB, before: string) {
	return db
		.selectFrom('member_profile')
		.innerJoin('member', (join) =>
			join
				.onRef('member.userId', '=', 'member_profile.user_id')
				.onRef('member.organizationId', '=', 'member_profile.alliance_id')
		)
		.innerJoin('user', 'user.id', 'member_profile.user_id')
		.innerJoin('alliance', 'alliance.id', 'member_profile.alliance_id')
		.select([
			'member_profile.alliance_id',
			'member_profile.user_id',
			'member_profile.digest_sent_at',
			'user.name',
			'user.email',
			'alliance.name as alliance_name',
			'alliance.slug as alliance_slug',
			'alliance.domain as alliance_domain'
		])
		.where('member_profile.digest', '=', 1)
		.where((eb) =>
			eb.or([
				eb('member_profile.digest_sent_at', 'is', null),
				eb('member_profile.digest_sent_at', '<', before)
			])
		)
		.execute();
}

export async function markDigestSent(db: DB, allianceId: string, userId: string, at: string) {
	await db
		.updateTable('member_profile')
		.set({ digest_sent_at: at })
		.where('alliance_id', '=', allianceId)
		.where('user_id', '=', userId)
		.execute();
}

export function findPartnersJoinedSince(db: DB, allianceId: string, since: string) {
	return db
		.selectFrom('partner')
		.select(['name', 'slug'])
		.where('alliance_id', '=', allianceId)
		.where('status', '=', 'active')
		.where('created_at', '>', since)
		.orderBy('name')
		.execute();
}
