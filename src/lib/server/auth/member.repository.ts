import type { DB } from '../db/db.ts';

export function findMembership(db: DB, allianceId: string, userId: string) {
	return db
		.selectFrom('member')
		.select(['id', 'role'])
		.where('organizationId', '=', allianceId)
		.where('userId', '=', userId)
		.executeTakeFirst();
}

export function findMembers(db: DB, allianceId: string) {
	return db
		.selectFrom('member')
		.innerJoin('user', 'user.id', 'member.userId')
		.select([
			'member.id as memberId',
			'member.role',
			'member.createdAt',
			'user.id as userId',
			'user.name',
			'user.email'
		])
		.where('member.organizationId', '=', allianceId)
		.orderBy('user.name')
		.execute();
}

export function findMemberById(db: DB, allianceId: string, memberId: string) {
	return db
		.selectFrom('member')
		.innerJoin('user', 'user.id', 'member.userId')
		.select(['member.id', 'member.role', 'member.userId', 'user.name'])
		.where('member.organizationId', '=', allianceId)
		.where('member.id', '=', memberId)
		.executeTakeFirst();
}

export async function countMembersWithRole(db: DB, allianceId: string, role: string) {
	const row = await db
		.selectFrom('member')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('organizationId', '=', allianceId)
		.where('role', '=', role)
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

export async function deleteMember(db: DB, allianceId: string, memberId: string) {
	await db
		.deleteFrom('member')
		.where('organizationId', '=', allianceId)
		.where('id', '=', memberId)
		.execute();
}

export function findPendingInvitations(db: DB, allianceId: string) {
	return db
		.selectFrom('invitation')
		.select(['id', 'email', 'role', 'expiresAt', 'createdAt'])
		.where('organizationId', '=', allianceId)
		.where('status', '=', 'pending')
		.orderBy('createdAt', 'desc')
		.execute();
}

export function findInvitation(db: DB, id: string) {
	return db
		.selectFrom('invitation')
		.select(['id', 'email', 'role', 'status', 'expiresAt', 'organizationId'])
		.where('id', '=', id)
		.executeTakeFirst();
}

export function findUserByEmail(db: DB, email: string) {
	return db
		.selectFrom('user')
		.select(['id', 'name', 'email'])
		.where('email', '=', email.toLowerCase())
		.executeTakeFirst();
}

/** The membership in this alliance of the person with this e-mail address, if any. */
export function findMemberByEmail(db: DB, allianceId: string, email: string) {
	return db
		.selectFrom('member')
		.innerJoin('user', 'user.id', 'member.userId')
		.select(['member.id', 'member.role', 'member.userId'])
		.where('member.organizationId', '=', allianceId)
		.where('user.email', '=', email.toLowerCase())
		.executeTakeFirst();
}

/** Addresses of the alliance's coordinators (contact messages, notification mails). */
export async function findCoordinatorEmails(db: DB, allianceId: string): Promise<string[]> {
	const rows = await db
		.selectFrom('member')
		.innerJoin('user', 'user.id', 'member.userId')
		.select('user.email')
		.where('member.organizationId', '=', allianceId)
		.where('member.role', '=', 'coordinator')
		.execute();
	return [...new Set(rows.map((r) => r.email))];
}
