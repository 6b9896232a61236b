import type { Insertable, Selectable, Updateable } from 'kysely';
import type { DB } from '../db/db.ts';
import type { PageTable } from './content.table.ts';
import { DuplicateSlugError, isUniqueViolation } from './db-errors.ts';

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

/** Inserts a page; throws DuplicateSlugError when a sibling has the slug already. */
export async function insertPage(db: DB, row: Insertable<PageTable>): Promise<void> {
	try {
		await db.insertInto('page').values(row).execute();
	} catch (err) {
		if (isUniqueViolation(err)) throw new DuplicateSlugError();
		throw err;
	}
}

export async function updatePage(
	db: DB,
	allianceId: string,
	id: string,
	changes: Updateable<PageTable>
): Promise<void> {
	try {
		await db
			.updateTable('page')
			.set(changes)
			.where('alliance_id', '=', allianceId)
			.where('id', '=', id)
			.execute();
	} catch (err) {
		if (isUniqueViolation(err)) throw new DuplicateSlugError();
		throw err;
	}
}

export async function deletePage(db: DB, allianceId: string, id: string): Promise<void> {
	await db.deleteFrom('page').where('alliance_id', '=', allianceId).where('id', '=', id).execute();
}

/** Pages under one parent (or the top level for null), in their order. */
export function findSiblings(
	db: DB,
	allianceId: string,
	parentId: string | null
): Promise<PageRow[]> {
	let q = db.selectFrom('page').selectAll().where('alliance_id', '=', allianceId);
	q = parentId === null ? q.where('parent_id', 'is', null) : q.where('parent_id', '=', parentId);
	return q.orderBy('position').orderBy('title').execute();
}

export async function countChildren(db: DB, allianceId: string, id: string): Promise<number> {
	const row = await db
		.selectFrom('page')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('alliance_id', '=', allianceId)
		.where('parent_id', '=', id)
		.executeTakeFirst();
	return Number(row?.n ?? 0);
}

export async function maxPosition(
	db: DB,
	allianceId: string,
	parentId: string | null
): Promise<number> {
	let q = db
		.selectFrom('page')
		.select((eb) => eb.fn.max<number | null>('position').as('p'))
		.where('alliance_id', '=', allianceId);
	q = parentId === null ? q.where('parent_id', 'is', null) : q.where('parent_id', '=', parentId);
	const row = await q.executeTakeFirst();
	return row?.p === null || row?.p === undefined ? -1 : Number(row.p);
}

export async function setPagePosition(
	db: DB,
	allianceId: string,
	id: string,
	position: number
): Promise<void> {
	await db
		.updateTable('page')
		.set({ position })
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.execute();
}
