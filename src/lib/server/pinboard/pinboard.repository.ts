import type { Insertable } from 'kysely';
import type { DB } from '../db/db.ts';
import type { PinboardCategory, PinboardKind, PinboardPostTable } from './pinboard.table.ts';

/* SQL of the partners' exchange. Every function is filtered by alliance_id. */

const listColumns = [
	'pinboard_post.id',
	'pinboard_post.author_id',
	'pinboard_post.kind',
	'pinboard_post.category',
	'pinboard_post.title',
	'pinboard_post.body',
	'pinboard_post.ends_on',
	'pinboard_post.reply_count',
	'pinboard_post.created_at',
	'user.name as author_name',
	'partner.name as partner_name'
] as const;

function posts(db: DB, allianceId: string) {
	return db
		.selectFrom('pinboard_post')
		.innerJoin('user', 'user.id', 'pinboard_post.author_id')
		.leftJoin('partner', (j) =>
			j
				.onRef('partner.id', '=', 'pinboard_post.partner_id')
				.on('partner.alliance_id', '=', allianceId)
		)
		.where('pinboard_post.alliance_id', '=', allianceId);
}

export async function insertPost(db: DB, row: Insertable<PinboardPostTable>): Promise<void> {
	await db.insertInto('pinboard_post').values(row).execute();
}

/** Posts whose end date is today or later (or, with `expired`, earlier), newest first. */
export function findPosts(
	db: DB,
	allianceId: string,
	filter: { today: string; expired?: boolean; kind?: PinboardKind; category?: PinboardCategory }
) {
	let q = posts(db, allianceId)
		.select(listColumns)
		.where('pinboard_post.ends_on', filter.expired ? '<' : '>=', filter.today);
	if (filter.kind) q = q.where('pinboard_post.kind', '=', filter.kind);
	if (filter.category) q = q.where('pinboard_post.category', '=', filter.category);
	return q.orderBy('pinboard_post.created_at', 'desc').limit(500).execute();
}

/** Current posts created after `since` (for the weekly digest). */
export function findPostsSince(db: DB, allianceId: string, since: string, today: string) {
	return posts(db, allianceId)
		.select(listColumns)
		.where('pinboard_post.created_at', '>', since)
		.where('pinboard_post.ends_on', '>=', today)
		.orderBy('pinboard_post.created_at', 'desc')
		.limit(30)
		.execute();
}

/** One post with the poster's address (for the reply mail only; never shown). */
export function findPost(db: DB, allianceId: string, id: string) {
	return posts(db, allianceId)
		.select([...listColumns, 'user.email as author_email'])
		.where('pinboard_post.id', '=', id)
		.executeTakeFirst();
}

export async function deletePost(db: DB, allianceId: string, id: string): Promise<boolean> {
	const r = await db
		.deleteFrom('pinboard_post')
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.executeTakeFirst();
	return Number(r.numDeletedRows) > 0;
}

export async function countReply(db: DB, allianceId: string, id: string): Promise<void> {
	await db
		.updateTable('pinboard_post')
		.set((eb) => ({ reply_count: eb('reply_count', '+', 1) }))
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.execute();
}

/** The first partner (by name) a person is a contact of in this alliance. */
export async function findOwnPartner(
	db: DB,
	allianceId: string,
	userId: string
): Promise<{ id: string; name: string } | undefined> {
	return db
		.selectFrom('partner_contact')
		.innerJoin('partner', 'partner.id', 'partner_contact.partner_id')
		.select(['partner.id', 'partner.name'])
		.where('partner_contact.alliance_id', '=', allianceId)
		.where('partner.alliance_id', '=', allianceId)
		.where('partner_contact.user_id', '=', userId)
		.orderBy('partner.name')
		.executeTakeFirst();
}

/** Name and address of an account (the replier: shown to the poster as Reply-To). */
export function findPerson(db: DB, userId: string) {
	return db
		.selectFrom('user')
		.select(['name', 'email'])
		.where('id', '=', userId)
		.executeTakeFirst();
}
