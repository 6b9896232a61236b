import type { DB } from '../db/db.ts';

/*
 * The queries behind the access module: who a person is in an alliance, which partners they
 * speak for, and which of some ids belong to an alliance. Nothing else asks these questions.
 */

/** The person's role in the alliance, or null when they are not a member. */
export async function findMemberRole(
	db: DB,
	allianceId: string,
	userId: string
): Promise<string | null> {
	const row = await db
		.selectFrom('member')
		.select('role')
		.where('organizationId', '=', allianceId)
		.where('userId', '=', userId)
		.executeTakeFirst();
	return row?.role ?? null;
}

/** Does the person operate the installation (Better Auth user role 'admin')? */
export async function findIsOperator(db: DB, userId: string): Promise<boolean> {
	const row = await db
		.selectFrom('user')
		.select('role')
		.where('id', '=', userId)
		.executeTakeFirst();
	return row?.role === 'admin';
}

/** Partner ids the person speaks for (partner_contact) in this alliance. */
export async function findPartnerIdsOfUser(
	db: DB,
	allianceId: string,
	userId: string
): Promise<string[]> {
	const rows = await db
		.selectFrom('partner_contact')
		.select('partner_id')
		.where('alliance_id', '=', allianceId)
		.where('user_id', '=', userId)
		.execute();
	return rows.map((r) => r.partner_id);
}

/** Kinds of row a form may point at. */
export type RefKind =
	| 'topic'
	| 'workingGroup'
	| 'partner'
	| 'project'
	| 'folder'
	| 'event'
	| 'news'
	| 'page'
	| 'upload'
	| 'image'
	| 'document'
	| 'person';

/** Which of `ids` are rows of `kind` owned by the alliance (for a person: its members' user ids). */
export async function findOwnedIds(
	db: DB,
	allianceId: string,
	kind: RefKind,
	ids: readonly string[]
): Promise<string[]> {
	if (!ids.length) return [];
	const list = [...ids];
	let rows: { id: string }[];
	switch (kind) {
		case 'topic':
			rows = await db
				.selectFrom('topic')
				.select('id')
				.where('alliance_id', '=', allianceId)
				.where('id', 'in', list)
				.execute();
			break;
		case 'workingGroup':
			rows = await db
				.selectFrom('working_group')
				.select('id')
				.where('alliance_id', '=', allianceId)
				.where('id', 'in', list)
				.execute();
			break;
		case 'partner':
			rows = await db
				.selectFrom('partner')
				.select('id')
				.where('alliance_id', '=', allianceId)
				.where('id', 'in', list)
				.execute();
			break;
		case 'project':
			rows = await db
				.selectFrom('project')
				.select('id')
				.where('alliance_id', '=', allianceId)
				.where('id', 'in', list)
				.execute();
			break;
		case 'folder':
			rows = await db
				.selectFrom('library_folder')
				.select('id')
				.where('alliance_id', '=', allianceId)
				.where('id', 'in', list)
				.execute();
			break;
		case 'event':
			rows = await db
				.selectFrom('event')
				.select('id')
				.where('alliance_id', '=', allianceId)
				.where('id', 'in', list)
				.execute();
			break;
		case 'news':
			rows = await db
				.selectFrom('news_post')
				.select('id')
				.where('alliance_id', '=', allianceId)
				.where('id', 'in', list)
				.execute();
			break;
		case 'page':
			rows = await db
				.selectFrom('page')
				.select('id')
				.where('alliance_id', '=', allianceId)
				.where('id', 'in', list)
				.execute();
			break;
		case 'upload':
		case 'image':
		case 'document': {
			let query = db
				.selectFrom('file')
				.select('id')
				.where('alliance_id', '=', allianceId)
				.where('id', 'in', list);
			if (kind !== 'upload') query = query.where('kind', '=', kind);
			rows = await query.execute();
			break;
		}
		case 'person':
			rows = await db
				.selectFrom('member')
				.select('userId as id')
				.where('organizationId', '=', allianceId)
				.where('userId', 'in', list)
				.execute();
			break;
	}
	return rows.map((r) => r.id);
}
