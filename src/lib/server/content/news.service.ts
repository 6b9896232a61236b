import type { ServiceContext } from '../context.ts';
import type { DB } from '../db/db.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { foreignReference, requireAccessFor } from '../access/access.service.ts';
import { contentChanged } from '../alliances/content-changed.ts';
import { DuplicateSlugError } from './db-errors.ts';
import * as repo from './news.repository.ts';
import { newsInputSchema, type NewsInput } from './news.schema.ts';
import { sanitizeRichText } from './sanitize.ts';
import { slugify } from './slug.ts';

/*
 * News posts. publishedAt null = draft, in the future = scheduled (appears by itself then),
 * otherwise published. Slugs are made from the title and unique per alliance.
 */

const NEWS_PER_PAGE = 10;

type NewsStatus = 'draft' | 'scheduled' | 'published';

interface NewsImage {
	id: string;
	path: string;
	alt: string;
	width: number | null;
	height: number | null;
}

export interface NewsPost {
	id: string;
	slug: string;
	title: string;
	summary: string;
	bodyHtml: string;
	publishedAt: string | null;
	status: NewsStatus;
	image: NewsImage | null;
	createdAt: string;
	updatedAt: string;
	/** Path inside the alliance's site: /neuigkeiten/<slug> */
	path: string;
}

export type NewsSaveResult =
	{ ok: true; post: NewsPost } | { ok: false; errors: Record<string, string> };

type Ctx = Pick<ServiceContext, 'db' | 'registry'>;
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

export interface NewsPage {
	posts: NewsPost[];
	page: number;
	pages: number;
	total: number;
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

async function uniqueSlug(db: DB, allianceId: string, stem: string, exceptId?: string) {
	const taken = new Set(
		(await repo.findSlugsLike(db, allianceId, stem)).filter((s) => s !== undefined)
	);
	if (exceptId) {
		const own = await repo.findNewsById(db, allianceId, exceptId);
		if (own) taken.delete(own.slug);
	}
	if (!taken.has(stem)) return stem;
	for (let i = 2; ; i++) {
		const candidate = `${stem.slice(0, 74)}-${i}`;
		if (!taken.has(candidate)) return candidate;
	}
}

async function validate(
	ctx: ReadCtx,
	allianceId: string,
	input: NewsInput
): Promise<
	| { ok: true; data: ReturnType<typeof newsInputSchema.parse>; body: string }
	| { ok: false; errors: Record<string, string> }
> {
	const parsed = newsInputSchema.safeParse(input);
	if (!parsed.success) {
		const errors: Record<string, string> = {};
		for (const issue of parsed.error.issues) {
			const field = String(issue.path[0] ?? '_form');
			errors[field] ??= /^[a-z]+\.[a-zA-Z.]+$/.test(issue.message)
				? issue.message
				: issue.code === 'too_big'
					? 'error.tooLong'
					: issue.code === 'too_small'
						? 'error.required'
						: 'error.invalid';
		}
		return { ok: false, errors };
	}
	if (
		await foreignReference(ctx, allianceId, [
			{ kind: 'image', field: 'image', ids: parsed.data.imageId }
		])
	) {
		return { ok: false, errors: { image: 'error.invalid' } };
	}
	const clean = sanitizeRichText(parsed.data.body);
	if (clean.imagesWithoutAlt > 0) return { ok: false, errors: { body: 'content.imageWithoutAlt' } };
	if (clean.imagesWithForeignSource > 0) {
		return { ok: false, errors: { body: 'content.imageForeign' } };
	}
	return { ok: true, data: parsed.data, body: clean.html };
}

/** Creates a post; the address comes from the title unless given, and is made unique. */
export async function createNews(
	ctx: Ctx,
	allianceId: string,
	userId: string | null,
	input: NewsInput
): Promise<NewsSaveResult> {
	await requireAccessFor(ctx, userId, allianceId, 'content.edit');
	const v = await validate(ctx, allianceId, input);
	if (!v.ok) return v;
	const { data } = v;
	const id = crypto.randomUUID();
	for (let attempt = 0; ; attempt++) {
		try {
			await ctx.db.transaction().execute(async (trx) => {
				const stem = data.slug || slugify(data.title, 'neuigkeit');
				const slug =
					attempt === 0
						? await uniqueSlug(trx, allianceId, stem)
						: `${stem.slice(0, 70)}-${crypto.randomUUID().slice(0, 6)}`;
				const now = new Date().toISOString();
				await repo.insertNews(trx, {
					id,
					alliance_id: allianceId,
					slug,
					title: data.title,
					summary: data.summary,
					body_html: v.body,
					image_id: data.imageId,
					published_at: data.publishedAt,
					created_at: now,
					updated_at: now,
					updated_by: userId
				});
				await recordAudit(
					{ db: trx },
					{
						allianceId,
						userId,
						action: 'create',
						entity: 'news',
						entityId: id,
						summary: data.title
					}
				);
				await contentChanged({ db: trx }, allianceId);
			});
			break;
		} catch (err) {
			// Two posts with one title saved at the same moment: try once more with a suffix.
			if (err instanceof DuplicateSlugError && attempt < 2) continue;
			throw err;
		}
	}
	ctx.registry?.invalidate();
	return { ok: true, post: (await getNews(ctx, allianceId, id)) as NewsPost };
}

/** Saves a post. An address typed by hand must be free; an empty one keeps the current. */
export async function updateNews(
	ctx: Ctx,
	allianceId: string,
	userId: string | null,
	id: string,
	input: NewsInput
): Promise<NewsSaveResult> {
	await requireAccessFor(ctx, userId, allianceId, 'content.edit');
	const existing = await getNews(ctx, allianceId, id);
	if (!existing) return { ok: false, errors: { _form: 'news.notFound' } };
	const v = await validate(ctx, allianceId, input);
	if (!v.ok) return v;
	const { data } = v;
	const slug = data.slug || existing.slug;
	if (slug !== existing.slug) {
		const other = await repo.findNewsBySlug(ctx.db, allianceId, slug);
		if (other && other.id !== id) return { ok: false, errors: { slug: 'news.slugTaken' } };
	}
	try {
		await ctx.db.transaction().execute(async (trx) => {
			await repo.updateNews(trx, allianceId, id, {
				slug,
				title: data.title,
				summary: data.summary,
				body_html: v.body,
				image_id: data.imageId,
				published_at: data.publishedAt,
				updated_at: new Date().toISOString(),
				updated_by: userId
			});
			await recordAudit(
				{ db: trx },
				{ allianceId, userId, action: 'update', entity: 'news', entityId: id, summary: data.title }
			);
			await contentChanged({ db: trx }, allianceId);
		});
	} catch (err) {
		if (err instanceof DuplicateSlugError) return { ok: false, errors: { slug: 'news.slugTaken' } };
		throw err;
	}
	ctx.registry?.invalidate();
	return { ok: true, post: (await getNews(ctx, allianceId, id)) as NewsPost };
}

/** Deletes a post (its image stays in the media library). */
export async function deleteNews(
	ctx: Ctx,
	allianceId: string,
	userId: string | null,
	id: string
): Promise<boolean> {
	await requireAccessFor(ctx, userId, allianceId, 'content.edit');
	const existing = await getNews(ctx, allianceId, id);
	if (!existing) return false;
	await ctx.db.transaction().execute(async (trx) => {
		await repo.deleteNews(trx, allianceId, id);
		await recordAudit(
			{ db: trx },
			{
				allianceId,
				userId,
				action: 'delete',
				entity: 'news',
				entityId: id,
				summary: existing.title
			}
		);
		await contentChanged({ db: trx }, allianceId);
	});
	ctx.registry?.invalidate();
	return true;
}
