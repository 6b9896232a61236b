import type { ServiceContext } from '../context.ts';
import * as repo from './page.repository.ts';
import { VersionedMemo } from '../cache/versioned-memo.ts';

/*
 * Pages: reading them (navigation, public view, admin tree). Changing them is in
 * page-edit.service.ts; the required legal pages in legal-pages.ts.
 */

type PageKind = 'page' | 'imprint' | 'privacy';

export interface Page {
	id: string;
	allianceId: string;
	parentId: string | null;
	slug: string;
	title: string;
	summary: string;
	bodyHtml: string;
	kind: PageKind;
	position: number;
	published: boolean;
	inNav: boolean;
	createdAt: string;
	updatedAt: string;
	/** Path inside the alliance's site: /slug or /parent/slug (legal pages: /impressum, /datenschutz) */
	path: string;
}

export interface PageTreeItem extends Page {
	children: Page[];
}

export interface NavItem {
	title: string;
	/** Path inside the alliance's site, e.g. /ueber-uns/ziele */
	path: string;
	children: NavItem[];
}

type ReadCtx = Pick<ServiceContext, 'db'>;

const LEGAL_PATHS: Record<Exclude<PageKind, 'page'>, string> = {
	imprint: '/impressum',
	privacy: '/datenschutz'
};

function toPage(row: repo.PageRow, parentSlug: string | null = null): Page {
	const kind = (['imprint', 'privacy'].includes(row.kind) ? row.kind : 'page') as PageKind;
	return {
		id: row.id,
		allianceId: row.alliance_id,
		parentId: row.parent_id,
		slug: row.slug,
		title: row.title,
		summary: row.summary,
		bodyHtml: row.body_html,
		kind,
		position: row.position,
		published: row.published === 1,
		inNav: row.in_nav === 1,
		createdAt: row.created_at,
		updatedAt: row.updated_at,
		path:
			kind === 'page'
				? parentSlug
					? `/${parentSlug}/${row.slug}`
					: `/${row.slug}`
				: LEGAL_PATHS[kind]
	};
}

/** The public navigation: published pages marked for it, two levels, in the coordinators' order. */
export async function navigation(ctx: ReadCtx, allianceId: string): Promise<NavItem[]> {
	const rows = await repo.findPublishedNavPages(ctx.db, allianceId);
	const top = rows.filter((r) => r.parent_id === null);
	return top.map((parent) => ({
		title: parent.title,
		path: `/${parent.slug}`,
		children: rows
			.filter((r) => r.parent_id === parent.id)
			.map((child) => ({ title: child.title, path: `/${parent.slug}/${child.slug}`, children: [] }))
	}));
}

/**
 * The menu changes only with the alliance's content (pages published, moved, renamed): read once
 * per content version for every page that is rendered (the layout shows it on all of them).
 */
const navigationMemo = new VersionedMemo<NavItem[]>(1024 * 1024);

/** `navigation`, kept per content version. */
export function currentNavigation(
	ctx: ReadCtx,
	alliance: { id: string; contentVersion: number }
): Promise<NavItem[]> {
	return navigationMemo.get(alliance.id, alliance.contentVersion, () =>
		navigation(ctx, alliance.id)
	);
}

/** All pages of an alliance as a two-level tree in their order (legal pages last). */
export async function pageTree(ctx: ReadCtx, allianceId: string): Promise<PageTreeItem[]> {
	const rows = await repo.findPages(ctx.db, allianceId);
	const top = rows.filter((r) => r.parent_id === null);
	const byKind = (r: repo.PageRow) => (r.kind === 'page' ? 0 : 1);
	top.sort((x, y) => byKind(x) - byKind(y));
	return top.map((parent) => ({
		...toPage(parent),
		children: rows.filter((r) => r.parent_id === parent.id).map((r) => toPage(r, parent.slug))
	}));
}

/** One page of the alliance (undefined for another alliance's id). */
export async function getPage(
	ctx: ReadCtx,
	allianceId: string,
	id: string
): Promise<Page | undefined> {
	if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
	const row = await repo.findPageById(ctx.db, allianceId, id);
	if (!row) return undefined;
	const parent = row.parent_id ? await repo.findPageById(ctx.db, allianceId, row.parent_id) : null;
	return toPage(row, parent?.slug ?? null);
}

/** Top-level ordinary pages, the possible parents of a page. */
export async function possibleParents(
	ctx: ReadCtx,
	allianceId: string,
	exceptId?: string
): Promise<Page[]> {
	const rows = await repo.findSiblings(ctx.db, allianceId, null);
	return rows.filter((r) => r.kind === 'page' && r.id !== exceptId).map((r) => toPage(r));
}

export interface PublicPage {
	page: Page;
	parent: Page | null;
	/** Published sub-pages of the page, in order */
	children: Page[];
	/** Shown only because the viewer may edit */
	draft: boolean;
}

/**
 * The page at /slug or /parent/slug. Unpublished pages (or pages under an unpublished parent)
 * only for people who may edit, marked as draft.
 */
export async function findPageByPath(
	ctx: ReadCtx,
	allianceId: string,
	segments: string[],
	options: { includeDrafts?: boolean } = {}
): Promise<PublicPage | undefined> {
	if (segments.length < 1 || segments.length > 2) return undefined;
	if (segments.some((s) => !/^[a-z0-9-]{1,80}$/.test(s))) return undefined;
	const [first = '', second] = segments;
	const top = await repo.findPageBySlug(ctx.db, allianceId, null, first);
	if (!top || top.kind !== 'page') return undefined;
	let row = top;
	let parent: repo.PageRow | null = null;
	if (second) {
		const child = await repo.findPageBySlug(ctx.db, allianceId, top.id, second);
		if (!child) return undefined;
		parent = top;
		row = child;
	}
	const draft = row.published !== 1 || (parent !== null && parent.published !== 1);
	if (draft && !options.includeDrafts) return undefined;
	const children = parent
		? []
		: (await repo.findSiblings(ctx.db, allianceId, row.id))
				.filter((c) => c.published === 1)
				.map((c) => toPage(c, row.slug));
	return {
		page: toPage(row, parent?.slug ?? null),
		parent: parent ? toPage(parent) : null,
		children,
		draft
	};
}

/** The Impressum or the Datenschutzerklärung of an alliance. */
export async function getLegalPage(
	ctx: ReadCtx,
	allianceId: string,
	kind: 'imprint' | 'privacy'
): Promise<Page | undefined> {
	const row = await repo.findPageByKind(ctx.db, allianceId, kind);
	return row && toPage(row);
}
