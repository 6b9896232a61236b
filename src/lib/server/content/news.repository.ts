import type { Insertable, Selectable, Updateable } from 'kysely';
import type { DB } from '../db/db.ts';
import type { NewsPostTable } from './content.table.ts';
import { DuplicateSlugError, isUniqueViolation } from './db-errors.ts';

export type NewsRow = Selectable<NewsPostTable>;

export type NewsWithImageRow = NewsRow & {
	image_alt: string | null;
	image_width: number | null;
	image_height: number | null;
};

function withImage(db: DB) {
	return db
		.selectFrom('news_post')
		.leftJoin('file', (join) =>
			join
				.onRef('file.id', '=', 'news_post.image_id')
				.onRef('file.alliance_id', '=', 'news_post.alliance_id')
		)
		.selectAll('news_post')
		.select(['file.alt as image_alt', 'file.width as image_width', 'file.height as image_height']);
}

/** Inserts a post; throws DuplicateSlugError when the alliance has the slug already. */
export async function insertNews(db: DB, row: Insertable<NewsPostTable>): Promise<void> {
	try {
		await db.insertInto('news_post').values(row).execute();
	} catch (err) {
		if (isUniqueViolation(err)) throw new DuplicateSlugError();
		throw err;
	}
}

export async function updateNews(
	db: DB,
	allianceId: string,
	id: string,
	changes: Updateable<NewsPostTable>
): Promise<void> {
	try {
		await db
			.updateTable('news_post')
			.set(changes)
			.where('alliance_id', '=', allianceId)
			.where('id', '=', id)
			.execute();
	} catch (err) {
		if (isUniqueViolation(err)) throw new DuplicateSlugError();
		throw err;
	}
}

export async function deleteNews(db: DB, allianceId: string, id: string): Promise<number> {
	const result = await db
		.deleteFrom('news_post')
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.executeTakeFirst();
	return Number(result.numDeletedRows);
}

export function findNewsById(
	db: DB,
	allianceId: string,
	id: string
): Promise<NewsWithImageRow | undefined> {
	return withImage(db)
		.where('news_post.alliance_id', '=', allianceId)
		.where('news_post.id', '=', id)
		.executeTakeFirst();
}

export function findNewsBySlug(
	db: DB,
	allianceId: string,
	slug: string
): Promise<NewsWithImageRow | undefined> {
	return withImage(db)
		.where('news_post.alliance_id', '=', allianceId)
		.where('news_post.slug', '=', slug)
		.executeTakeFirst();
}

/** Slugs of the alliance that start with the given stem (for making a new one unique). */
export async function findSlugsLike(db: DB, allianceId: string, stem: string): Promise<string[]> {
	const rows = await db
		.selectFrom('news_post')
		.select('slug')
		.where('alliance_id', '=', allianceId)
		.where('slug', 'like', `${stem}%`)
		.execute();
	return rows.map((r) => r.slug);
}

/** Published posts (published_at not after `now`), newest first. */
export function findPublishedNews(
	db: DB,
	allianceId: string,
	now: string,
	limit: number,
	offset = 0
): Promise<NewsWithImageRow[]> {
	return withImage(db)
		.where('news_post.alliance_id', '=', allianceId)
		.where('news_post.published_at', 'is not', null)
		.where('news_post.published_at', '<=', now)
		.orderBy('news_post.published_at', 'desc')
		.orderBy('news_post.id')
		.limit(limit)
		.offset(offset)
		.execute();
}

export async function countPublishedNews(db: DB, allianceId: string, now: string): Promise<number> {
	const row = await db
		.selectFrom('news_post')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('alliance_id', '=', allianceId)
		.where('published_at', 'is not', null)
		.where('published_at', '<=', now)
		.executeTakeFirst();
	return Number(row?.n ?? 0);
}

/** Every post of the alliance for the admin list: drafts and scheduled first, then newest. */
export function findAllNews(db: DB, allianceId: string): Promise<NewsRow[]> {
	return db
		.selectFrom('news_post')
		.selectAll()
		.where('alliance_id', '=', allianceId)
		.orderBy((eb) => eb.fn.coalesce('published_at', 'created_at'), 'desc')
		.orderBy('id')
		.execute();
}
