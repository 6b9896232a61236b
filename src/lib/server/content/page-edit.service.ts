import type { ServiceContext } from '../context.ts';
import type { DB } from '../db/db.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { requireAccessFor } from '../access/access.service.ts';
import { contentChanged } from '../alliances/content-changed.ts';
import { DuplicateSlugError } from './db-errors.ts';
import * as repo from './page.repository.ts';
import { RESERVED_SLUGS, pageInputSchema, type PageInput } from './page.schema.ts';
import { getPage, type Page } from './page.service.ts';
import { sanitizeRichText } from './sanitize.ts';
import { slugify } from './slug.ts';

/*
 * Changing pages. Every save: zod validation, sanitised HTML, one transaction for the page,
 * its audit entry and the content version; a refused or failed save changes nothing.
 * Deleting a page that has sub-pages is refused (their addresses would change silently).
 */

type Ctx = Pick<ServiceContext, 'db' | 'registry'>;

/** Field → message key. */
type PageErrors = Record<string, string>;

export type PageSaveResult = { ok: true; page: Page } | { ok: false; errors: PageErrors };

export type PageActionResult =
	{ ok: true } | { ok: false; error: 'page.notFound' | 'page.hasChildren' | 'page.protected' };

/** Runs the writes of one change together, then tells this instance's registry. */
async function inTransaction<T>(ctx: Ctx, work: (trx: DB) => Promise<T>): Promise<T> {
	const result = await ctx.db.transaction().execute(work);
	ctx.registry?.invalidate();
	return result;
}

/** Checks the rules that need the database: parent, nesting, slug. */
async function checkPlacement(
	db: DB,
	allianceId: string,
	pageId: string | null,
	parentId: string | null,
	slug: string
): Promise<PageErrors> {
	const errors: PageErrors = {};
	if (parentId) {
		const parent = await repo.findPageById(db, allianceId, parentId);
		if (!parent || parent.kind !== 'page' || parent.id === pageId) {
			errors.parentId = 'page.parentInvalid';
		} else if (parent.parent_id !== null) {
			errors.parentId = 'page.parentNotTopLevel';
		} else if (pageId && (await repo.countChildren(db, allianceId, pageId)) > 0) {
			errors.parentId = 'page.parentHasChildren';
		}
	} else if (RESERVED_SLUGS.has(slug)) {
		errors.slug = 'page.slugReserved';
	}
	if (!errors.parentId && !errors.slug) {
		const same = await repo.findPageBySlug(db, allianceId, parentId, slug);
		if (same && same.id !== pageId) errors.slug = 'page.slugTaken';
	}
	return errors;
}

function validate(
	input: PageInput
):
	| { ok: true; data: ReturnType<typeof pageInputSchema.parse>; body: string }
	| { ok: false; errors: PageErrors; data?: ReturnType<typeof pageInputSchema.parse> } {
	const parsed = pageInputSchema.safeParse(input);
	if (!parsed.success) {
		const errors: PageErrors = {};
		for (const issue of parsed.error.issues) {
			const field = String(issue.path[0] ?? '_form');
			errors[field] ??= /^[a-z]+\.[a-zA-Z.]+$/.test(issue.message)
				? issue.message
				: issue.code === 'too_big'
					? 'error.tooLong'
					: 'error.required';
		}
		return { ok: false, errors };
	}
	const clean = sanitizeRichText(parsed.data.body);
	if (clean.imagesWithoutAlt > 0) {
		return { ok: false, errors: { body: 'content.imageWithoutAlt' }, data: parsed.data };
	}
	if (clean.imagesWithForeignSource > 0) {
		return { ok: false, errors: { body: 'content.imageForeign' }, data: parsed.data };
	}
	return { ok: true, data: parsed.data, body: clean.html };
}

/** A refused text still gets the address checked, so the form names every problem at once. */
async function allErrors(
	db: DB,
	allianceId: string,
	pageId: string | null,
	v: { errors: PageErrors; data?: ReturnType<typeof pageInputSchema.parse> }
): Promise<{ ok: false; errors: PageErrors }> {
	if (!v.data) return { ok: false, errors: v.errors };
	const slug = v.data.slug || slugify(v.data.title);
	const placement = await checkPlacement(db, allianceId, pageId, v.data.parentId, slug);
	return { ok: false, errors: { ...placement, ...v.errors } };
}

/** Creates an ordinary page at the end of its level. */
export async function createPage(
	ctx: Ctx,
	allianceId: string,
	userId: string | null,
	input: PageInput
): Promise<PageSaveResult> {
	await requireAccessFor(ctx, userId, allianceId, 'content.edit');
	const v = validate(input);
	if (!v.ok) return allErrors(ctx.db, allianceId, null, v);
	const { data } = v;
	const slug = data.slug || slugify(data.title);
	const id = crypto.randomUUID();
	try {
		const errors = await inTransaction(ctx, async (trx) => {
			const problems = await checkPlacement(trx, allianceId, null, data.parentId, slug);
			if (Object.keys(problems).length) return problems;
			const now = new Date().toISOString();
			await repo.insertPage(trx, {
				id,
				alliance_id: allianceId,
				parent_id: data.parentId,
				slug,
				title: data.title,
				summary: data.summary,
				body_html: v.body,
				kind: 'page',
				position: (await repo.maxPosition(trx, allianceId, data.parentId)) + 1,
				published: data.published ? 1 : 0,
				in_nav: data.inNav ? 1 : 0,
				created_at: now,
				updated_at: now,
				updated_by: userId
			});
			await recordAudit({ db: trx }, audit(allianceId, userId, 'create', id, data.title));
			await contentChanged({ db: trx }, allianceId);
			return null;
		});
		if (errors) return { ok: false, errors };
	} catch (err) {
		if (err instanceof DuplicateSlugError) return { ok: false, errors: { slug: 'page.slugTaken' } };
		throw err;
	}
	return { ok: true, page: (await getPage(ctx, allianceId, id)) as Page };
}

/** Saves a page. Legal pages keep their address, stay published and out of the menu. */
export async function updatePage(
	ctx: Ctx,
	allianceId: string,
	userId: string | null,
	id: string,
	input: PageInput
): Promise<PageSaveResult> {
	await requireAccessFor(ctx, userId, allianceId, 'content.edit');
	const existing = await getPage(ctx, allianceId, id);
	if (!existing) return { ok: false, errors: { _form: 'page.notFound' } };
	const legal = existing.kind !== 'page';
	const v = validate(legal ? { ...input, slug: '', parentId: null } : input);
	if (!v.ok) return legal ? { ok: false, errors: v.errors } : allErrors(ctx.db, allianceId, id, v);
	const { data } = v;
	const slug = legal ? existing.slug : data.slug || slugify(data.title);
	try {
		const errors = await inTransaction(ctx, async (trx) => {
			if (!legal) {
				const problems = await checkPlacement(trx, allianceId, id, data.parentId, slug);
				if (Object.keys(problems).length) return problems;
			}
			const moved = !legal && data.parentId !== existing.parentId;
			await repo.updatePage(trx, allianceId, id, {
				title: data.title,
				slug,
				summary: data.summary,
				body_html: v.body,
				parent_id: legal ? null : data.parentId,
				published: legal || data.published ? 1 : 0,
				in_nav: !legal && data.inNav ? 1 : 0,
				...(moved
					? { position: (await repo.maxPosition(trx, allianceId, data.parentId)) + 1 }
					: {}),
				updated_at: new Date().toISOString(),
				updated_by: userId
			});
			await recordAudit({ db: trx }, audit(allianceId, userId, 'update', id, data.title));
			await contentChanged({ db: trx }, allianceId);
			return null;
		});
		if (errors) return { ok: false, errors };
	} catch (err) {
		if (err instanceof DuplicateSlugError) return { ok: false, errors: { slug: 'page.slugTaken' } };
		throw err;
	}
	return { ok: true, page: (await getPage(ctx, allianceId, id)) as Page };
}

/** Moves a page one place up or down among its siblings (swapping with the neighbour). */
export async function movePage(
	ctx: Ctx,
	allianceId: string,
	userId: string | null,
	id: string,
	direction: 'up' | 'down'
): Promise<PageActionResult> {
	await requireAccessFor(ctx, userId, allianceId, 'content.edit');
	const page = await getPage(ctx, allianceId, id);
	if (!page) return { ok: false, error: 'page.notFound' };
	await inTransaction(ctx, async (trx) => {
		const siblings = (await repo.findSiblings(trx, allianceId, page.parentId)).filter(
			(s) => s.kind === 'page'
		);
		const index = siblings.findIndex((s) => s.id === id);
		const other = siblings[direction === 'up' ? index - 1 : index + 1];
		if (index < 0 || !other) return;
		// Renumber the whole level so equal or missing positions cannot get stuck.
		const order = siblings.map((s) => s.id);
		order[index] = other.id;
		order[direction === 'up' ? index - 1 : index + 1] = id;
		for (const [position, pageId] of order.entries()) {
			await repo.setPagePosition(trx, allianceId, pageId, position);
		}
		await recordAudit({ db: trx }, audit(allianceId, userId, 'move', id, page.title));
		await contentChanged({ db: trx }, allianceId);
	});
	return { ok: true };
}

/** Publishes or withdraws a page; the legal pages stay published. */
export async function setPagePublished(
	ctx: Ctx,
	allianceId: string,
	userId: string | null,
	id: string,
	published: boolean
): Promise<PageActionResult> {
	await requireAccessFor(ctx, userId, allianceId, 'content.edit');
	const page = await getPage(ctx, allianceId, id);
	if (!page) return { ok: false, error: 'page.notFound' };
	if (page.kind !== 'page' && !published) return { ok: false, error: 'page.protected' };
	await inTransaction(ctx, async (trx) => {
		await repo.updatePage(trx, allianceId, id, {
			published: published ? 1 : 0,
			updated_at: new Date().toISOString(),
			updated_by: userId
		});
		const action = published ? 'publish' : 'unpublish';
		await recordAudit({ db: trx }, audit(allianceId, userId, action, id, page.title));
		await contentChanged({ db: trx }, allianceId);
	});
	return { ok: true };
}

/** Deletes a page. Refused for the legal pages and for pages that still have sub-pages. */
export async function deletePage(
	ctx: Ctx,
	allianceId: string,
	userId: string | null,
	id: string
): Promise<PageActionResult> {
	await requireAccessFor(ctx, userId, allianceId, 'content.edit');
	const page = await getPage(ctx, allianceId, id);
	if (!page) return { ok: false, error: 'page.notFound' };
	if (page.kind !== 'page') return { ok: false, error: 'page.protected' };
	return inTransaction(ctx, async (trx): Promise<PageActionResult> => {
		if ((await repo.countChildren(trx, allianceId, id)) > 0) {
			return { ok: false, error: 'page.hasChildren' };
		}
		await repo.deletePage(trx, allianceId, id);
		await recordAudit({ db: trx }, audit(allianceId, userId, 'delete', id, page.title));
		await contentChanged({ db: trx }, allianceId);
		return { ok: true };
	});
}

function audit(
	allianceId: string,
	userId: string | null,
	action: string,
	entityId: string,
	summary: string
) {
	return { allianceId, userId, action, entity: 'page', entityId, summary };
}
