import type { DB } from '../db/db.ts';

/* Counts for the admin overview. Every query is filtered by the alliance. */

/** New concerns (status received): the contact form's messages are concerns now. */
export async function countNewContactMessages(db: DB, allianceId: string): Promise<number> {
	const row = await db
		.selectFrom('concern')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('alliance_id', '=', allianceId)
		.where('status', '=', 'received')
		.where('anonymised_at', 'is', null)
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

/** Expiry times of pending invitations (Better Auth stores them as dates; compared in the service). */
export async function findPendingInvitationExpiries(
	db: DB,
	allianceId: string
): Promise<Array<Date | string>> {
	const rows = await db
		.selectFrom('invitation')
		.select('expiresAt')
		.where('organizationId', '=', allianceId)
		.where('status', '=', 'pending')
		.execute();
	return rows.map((r) => r.expiresAt);
}

export async function countUnpublishedPages(db: DB, allianceId: string): Promise<number> {
	const row = await db
		.selectFrom('page')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('alliance_id', '=', allianceId)
		.where('published', '=', 0)
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

export async function countDraftNews(db: DB, allianceId: string): Promise<number> {
	const row = await db
		.selectFrom('news_post')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('alliance_id', '=', allianceId)
		.where('published_at', 'is', null)
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

export async function countPendingPartnerApplications(db: DB, allianceId: string): Promise<number> {
	const row = await db
		.selectFrom('partner_application')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('alliance_id', '=', allianceId)
		.where('status', '=', 'pending')
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

/** Partner profiles with a change proposed by the partner's contact, awaiting a coordinator. */
export async function countPartnerChangesToApprove(db: DB, allianceId: string): Promise<number> {
	const row = await db
		.selectFrom('partner')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('alliance_id', '=', allianceId)
		.where('pending_at', 'is not', null)
		.executeTakeFirstOrThrow();
	return Number(row.n);
}
