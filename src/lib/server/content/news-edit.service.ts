import type { ServiceContext } from '../context.ts';
import type { DB } from '../db/db.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { foreignReference, requireAccessFor } from '../access/access.service.ts';
import { contentChanged } from '../alliances/content-changed.ts';
import { DuplicateSlugError } from './db-errors.ts';
import { getNews } from './news-read.service.ts';
import * as repo from './news.repository.ts';
import { newsInputSchema, type NewsInput } from './news.schema.ts';
import type { NewsPost, NewsSaveResult } from './news.types.ts';
import { sanitizeRichText } from './sanitize.ts';
import { slugify } from './slug.ts';

/* Creating and saving news posts: checked input, sanitized body, a unique address. */

type Ctx = Pick<ServiceContext, 'db' | 'registry'>;
type ReadCtx = Pick<ServiceContext, 'db'>;

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
