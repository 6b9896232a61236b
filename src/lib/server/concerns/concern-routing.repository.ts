import type { DB } from '../db/db.ts';

/* SQL of the people and routing targets of concerns: members, coordinators, partners, working
 * groups. Every query is filtered by the alliance. */

// ---------- people and routing targets ----------

/** The e-mail of a member of this alliance (null when the user is no member here). */
export async function findMemberEmail(db: DB, allianceId: string, userId: string) {
	const row = await db
		.selectFrom('member')
		.innerJoin('user', 'user.id', 'member.userId')
		.select('user.email')
		.where('member.organizationId', '=', allianceId)
		.where('member.userId', '=', userId)
		.executeTakeFirst();
	return row?.email ?? null;
}

/** Coordinators of the alliance (whom a concern can be assigned to). */
export function findCoordinators(db: DB, allianceId: string) {
	return db
		.selectFrom('member')
		.innerJoin('user', 'user.id', 'member.userId')
		.select(['user.id', 'user.name', 'user.email'])
		.where('member.organizationId', '=', allianceId)
		.where('member.role', '=', 'coordinator')
		.orderBy('user.name')
		.execute();
}

export function findActivePartners(db: DB, allianceId: string) {
	return db
		.selectFrom('partner')
		.select(['id', 'name'])
		.where('alliance_id', '=', allianceId)
		.where('status', '=', 'active')
		.orderBy('name')
		.execute();
}

export function findPartnerName(db: DB, allianceId: string, id: string) {
	return db
		.selectFrom('partner')
		.select(['id', 'name'])
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.executeTakeFirst();
}

export function findGroups(db: DB, allianceId: string) {
	return db
		.selectFrom('working_group')
		.select(['id', 'name'])
		.where('alliance_id', '=', allianceId)
		.orderBy('name')
		.execute();
}

export function findGroupName(db: DB, allianceId: string, id: string) {
	return db
		.selectFrom('working_group')
		.select(['id', 'name'])
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.executeTakeFirst();
}

/** The partners a user speaks for, and the working groups they (or those partners) belong to. */
export async function findRoutingScope(db: DB, allianceId: string, userId: string) {
	const partners = await db
		.selectFrom('partner_contact')
		.select('partner_id')
		.where('alliance_id', '=', allianceId)
		.where('user_id', '=', userId)
		.execute();
	const partnerIds = partners.map((p) => p.partner_id);
	const groups = await db
		.selectFrom('working_group_member')
		.select('working_group_id')
		.where('alliance_id', '=', allianceId)
		.where((eb) =>
			partnerIds.length
				? eb.or([eb('user_id', '=', userId), eb('partner_id', 'in', partnerIds)])
				: eb('user_id', '=', userId)
		)
		.execute();
	return { partnerIds, groupIds: [...new Set(groups.map((g) => g.working_group_id))] };
}

/** Addresses of the accounts that see a concern routed to this partner or working group. */
export async function findRoutedRecipients(
	db: DB,
	allianceId: string,
	target: { partnerId: string | null; groupId: string | null }
): Promise<string[]> {
	const emails: string[] = [];
	if (target.partnerId) {
		const rows = await db
			.selectFrom('partner_contact')
			.innerJoin('user', 'user.id', 'partner_contact.user_id')
			.select('user.email')
			.where('partner_contact.alliance_id', '=', allianceId)
			.where('partner_contact.partner_id', '=', target.partnerId)
			.execute();
		emails.push(...rows.map((r) => r.email));
	}
	if (target.groupId) {
		const rows = await db
			.selectFrom('working_group_member')
			.innerJoin('user', 'user.id', 'working_group_member.user_id')
			.select('user.email')
			.where('working_group_member.alliance_id', '=', allianceId)
			.where('working_group_member.working_group_id', '=', target.groupId)
			.execute();
		emails.push(...rows.map((r) => r.email));
	}
	return [...new Set(emails)];
}
