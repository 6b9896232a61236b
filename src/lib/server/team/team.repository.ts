import type { Insertable, Selectable, Updateable } from 'kysely';
import type { DB } from '../db/db.ts';
import type { TeamMemberTable } from './team.table.ts';

export type TeamMemberRow = Selectable<TeamMemberTable>;

export function findTeamMembers(db: DB, allianceId: string) {
	return db
		.selectFrom('team_member')
		.selectAll()
		.where('alliance_id', '=', allianceId)
		.orderBy('position')
		.orderBy('name')
		.execute();
}

export function findTeamMember(db: DB, allianceId: string, id: string) {
	return db
		.selectFrom('team_member')
		.selectAll()
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.executeTakeFirst();
}

export async function insertTeamMember(db: DB, row: Insertable<TeamMemberTable>): Promise<void> {
	await db.insertInto('team_member').values(row).execute();
}

export async function updateTeamMember(
	db: DB,
	allianceId: string,
	id: string,
	patch: Updateable<TeamMemberTable>
): Promise<void> {
	await db
		.updateTable('team_member')
		.set(patch)
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.execute();
}

export async function deleteTeamMember(db: DB, allianceId: string, id: string): Promise<number> {
	const result = await db
		.deleteFrom('team_member')
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.executeTakeFirst();
	return Number(result.numDeletedRows);
}
