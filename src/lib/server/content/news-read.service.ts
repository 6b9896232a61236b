import type { ServiceContext } from '../context.ts';
import * as repo from './news.repository.ts';
import type { NewsPage, NewsPost, NewsStatus } from './news.types.ts';

/* Reading news posts: the newest, the public list page by page, one post, the admin list. */

const NEWS_PER_PAGE = 10;

type ReadCtx = Pick<ServiceContext, 'db'>;

function statusOf(publishedAt: string | null, now = new Date().toISOString()): NewsStatus {
	if (!publishedAt) return 'draft';
	return publishedAt > now ? 'scheduled' : 'published';
}

function toNewsPost(row: repo.NewsRow & Partial<repo.NewsWithImageRow>): NewsPost {
	return {
		id: row.id,
		slug: row.slug,
		title: row.title,
		summary: row.summary,
		bodyHtml: row.body_html,
		publishedAt: row.published_at,
		status: statusOf(row.published_at),
		image: row.image_id
			? {
					id: row.image_id,
					path: `/dateien/${row.image_id}`,
					alt: row.image_alt ?? '',
					width: row.image_width ?? null,
					height: row.image_height ?? null
				}
			: null,
		createdAt: row.created_at,
		updatedAt: row.updated_at,
		path: `/neuigkeiten/${row.slug}`
	};
}

/** The newest published posts, e.g. for the home page. */
export async function latestNews(ctx: ReadCtx, allianceId: string, n = 3): Promise<NewsPost[]> {
	const rows = await repo.findPublishedNews(ctx.db, allianceId, new Date().toISOString(), n);
	return rows.map(toNewsPost);
}

/** One page (1-based) of the public news list; a page past the end is empty. */
export async function publishedNewsPage(
	ctx: ReadCtx,
	allianceId: string,
	page: number
): Promise<NewsPage> {
	const now = new Date().toISOString();
	const total = await repo.countPublishedNews(ctx.db, allianceId, now);
	const pages = Math.max(1, Math.ceil(total / NEWS_PER_PAGE));
	const current = Number.isInteger(page) && page >= 1 ? page : 1;
	const rows = await repo.findPublishedNews(
		ctx.db,
		allianceId,
		now,
		NEWS_PER_PAGE,
		(current - 1) * NEWS_PER_PAGE
	);
	return { posts: rows.map(toNewsPost), page: current, pages, total };
}

/** A post by its address; unpublished ones only when drafts are allowed (people who edit). */
export async function findNewsBySlug(
	ctx: ReadCtx,
	allianceId: string,
	slug: string,
	options: { includeDrafts?: boolean } = {}
): Promise<NewsPost | undefined> {
	if (!/^[a-z0-9-]{1,80}$/.test(slug)) return undefined;
	const row = await repo.findNewsBySlug(ctx.db, allianceId, slug);
	if (!row) return undefined;
	const post = toNewsPost(row);
	if (post.status !== 'published' && !options.includeDrafts) return undefined;
	return post;
}

export async function getNews(
	ctx: ReadCtx,
	allianceId: string,
	id: string
): Promise<NewsPost | undefined> {
	if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
	const row = await repo.findNewsById(ctx.db, allianceId, id);
	return row && toNewsPost(row);
}

/** Every post for the admin list. */
export async function listAllNews(ctx: ReadCtx, allianceId: string): Promise<NewsPost[]> {
	return (await repo.findAllNews(ctx.db, allianceId)).map(toNewsPost);
}
