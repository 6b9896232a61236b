import type { Insertable, Selectable, Updateable } from 'kysely';
import type { DB } from '../db/db.ts';
import type {
	MeetingTable,
	WorkingGroupMemberTable,
	WorkingGroupTable
} from './working-group.table.ts';

export type WorkingGroupRow = Selectable<WorkingGroupTable>;
export type MeetingRow = Selectable<MeetingTable>;

export function findGroups(db: DB, allianceId: string, filter: { topicId?: string } = {}) {
	let query = db.selectFrom('working_group').selectAll().where('alliance_id', '=', allianceId);
	if (filter.topicId) query = query.where('topic_id', '=', filter.topicId);
	return query.orderBy('position').orderBy('name').execute();
}

export function findGroupBySlug(db: DB, allianceId: string, slug: string) {
	return db
		.selectFrom('working_group')
		.selectAll()
		.where('alliance_id', '=', allianceId)
		.where('slug', '=', slug)
		.executeTakeFirst();
}

export function findGroupById(db: DB, allianceId: string, id: string) {
	return db
		.selectFrom('working_group')
		.selectAll()
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.executeTakeFirst();
}

export async function groupSlugTaken(db: DB, allianceId: string, slug: string) {
	return !!(await db
		.selectFrom('working_group')
		.select('id')
		.where('alliance_id', '=', allianceId)
		.where('slug', '=', slug)
		.executeTakeFirst());
}

export async function insertGroup(db: DB, row: Insertable<WorkingGroupTable>) {
	await db.insertInto('working_group').values(row).execute();
}

export async function updateGroup(
	db: DB,
	allianceId: string,
	id: string,
	patch: Updateable<WorkingGroupTable>
) {
	await db
		.updateTable('working_group')
		.set(patch)
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.execute();
}

export async function deleteGroup(db: DB, allianceId: string, id: string): Promise<number> {
	const r = await db
		.deleteFrom('working_group')
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.executeTakeFirst();
	return Number(r.numDeletedRows);
}

// ---------- members ----------

export function findMembers(db: DB, allianceId: string, groupId: string) {
	return db
		.selectFrom('working_group_member')
		.leftJoin('partner', 'partner.id', 'working_group_member.partner_id')
		.select([
			'working_group_member.id',
			'working_group_member.user_id',
			'working_group_member.partner_id',
			'working_group_member.name',
			'working_group_member.email',
			'working_group_member.role',
			'partner.name as partner_name'
		])
		.where('working_group_member.alliance_id', '=', allianceId)
		.where('working_group_member.working_group_id', '=', groupId)
		.orderBy('working_group_member.role')
		.orderBy('working_group_member.name')
		.execute();
}

export async function findGroupIdsOfUser(db: DB, allianceId: string, userId: string) {
	const rows = await db
		.selectFrom('working_group_member')
		.select('working_group_id')
		.where('alliance_id', '=', allianceId)
		.where('user_id', '=', userId)
		.execute();
	return rows.map((r) => r.working_group_id);
}

export async function insertMember(db: DB, row: Insertable<WorkingGroupMemberTable>) {
	await db.insertInto('working_group_member').values(row).execute();
}

export async function deleteMember(db: DB, allianceId: string, groupId: string, id: string) {
	const r = await db
		.deleteFrom('working_group_member')
		.where('alliance_id', '=', allianceId)
		.where('working_group_id', '=', groupId)
		.where('id', '=', id)
		.executeTakeFirst();
	return Number(r.numDeletedRows);
}

// ---------- meetings ----------

/** Meetings of the given groups (null in the list: the coordination team's). */
export function findMeetings(
	db: DB,
	allianceId: string,
	groupIds: (string | null)[],
	window: { from?: string; to?: string } = {}
) {
	const ids = groupIds.filter((g): g is string => g !== null);
	const withTeam = groupIds.includes(null);
	let query = db
		.selectFrom('meeting')
		.selectAll()
		.where('alliance_id', '=', allianceId)
		.where((eb) => {
			const parts = [];
			if (ids.length) parts.push(eb('working_group_id', 'in', ids));
			if (withTeam) parts.push(eb('working_group_id', 'is', null));
			return parts.length ? eb.or(parts) : eb.val(false);
		});
	if (window.from) query = query.where('ends_at', '>=', window.from);
	if (window.to) query = query.where('starts_at', '<', window.to);
	return query.orderBy('starts_at').execute();
}

export function findMeeting(db: DB, allianceId: string, id: string) {
	return db
		.selectFrom('meeting')
		.selectAll()
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.executeTakeFirst();
}

export async function insertMeeting(db: DB, row: Insertable<MeetingTable>) {
	await db.insertInto('meeting').values(row).execute();
}

export async function updateMeeting(
	db: DB,
	allianceId: string,
	id: string,
	patch: Updateable<MeetingTable>
) {
	await db
		.updateTable('meeting')
		.set(patch)
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.execute();
}

export async function deleteMeeting(db: DB, allianceId: string, id: string): Promise<number> {
	const r = await db
		.deleteFrom('meeting')
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.executeTakeFirst();
	return Number(r.numDeletedRows);
}

/** Accounts of the alliance, for choosing members. */
export function findAllianceAccounts(db: DB, allianceId: string) {
	return db
		.selectFrom('member')
		.innerJoin('user', 'user.id', 'member.userId')
		.select(['user.id', 'user.name', 'user.email', 'member.role'])
		.where('member.organizationId', '=', allianceId)
		.orderBy('user.name')
		.execute();
}

/** E-mail addresses of the coordinators (members of the coordination team's meetings). */
export function findCoordinatorAccounts(db: DB, allianceId: string) {
	return db
		.selectFrom('member')
		.innerJoin('user', 'user.id', 'member.userId')
		.select(['user.id', 'user.name', 'user.email'])
		.where('member.organizationId', '=', allianceId)
		.where('member.role', '=', 'coordinator')
		.execute();
}
