import type { Insertable, Selectable, Updateable } from 'kysely';
import type { DB } from '../db/db.ts';
import type { PageTable } from '../db/schema.ts';

export type PageRow = Selectable<PageTable>;

export function findPages(db: DB, allianceId: string): Promise<PageRow[]> {
	return db
		.selectFrom('page')
		.selectAll()
		.where('alliance_id', '=', allianceId)
		.orderBy('position')
		.orderBy('title')
		.execute();
}

export function findPublishedNavPages(db: DB, allianceId: string) {
	return db
		.selectFrom('page')
		.select(['id', 'parent_id', 'slug', 'title', 'position'])
		.where('alliance_id', '=', allianceId)
		.where('published', '=', 1)
		.where('in_nav', '=', 1)
		.where('kind', '=', 'page')
		.orderBy('position')
		.orderBy('title')
		.execute();
}

export function findPageById(db: DB, allianceId: string, id: string): Promise<PageRow | undefined> {
	return db
		.selectFrom('page')
		.selectAll()
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.executeTakeFirst();
}

export function findPageBySlug(
	db: DB,
	allianceId: string,
	parentId: string | null,
	slug: string
): Promise<PageRow | undefined> {
	let q = db
		.selectFrom('page')
		.selectAll()
		.where('alliance_id', '=', allianceId)
		.where('slug', '=', slug);
	q = parentId === null ? q.where('parent_id', 'is', null) : q.where('parent_id', '=', parentId);
	return q.executeTakeFirst();
}

export function findPageByKind(
	db: DB,
	allianceId: string,
	kind: string
): Promise<PageRow | undefined> {
	return db
		.selectFrom('page')
		.selectAll()
		.where('alliance_id', '=', allianceId)
		.where('kind', '=', kind)
		.executeTakeFirst();
}

export async function insertPage(db: DB, row: Insertable<PageTable>): Promise<void> {
	await db.insertInto('page').values(row).execute();
}

export async function updatePage(
	db: DB,
	allianceId: string,
	id: string,
	changes: Updateable<PageTable>
): Promise<void> {
	await db
		.updateTable('page')
		.set(changes)
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.execute();
}

export async function deletePage(db: DB, allianceId: string, id: string): Promise<void> {
	await db.deleteFrom('page').where('alliance_id', '=', allianceId).where('id', '=', id).execute();
}
