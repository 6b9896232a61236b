import crypto from 'node:crypto';
import { findContentVersion } from '../alliances/alliance.repository.ts';
import { htmlToText } from '../content/sanitize.ts';
import type { ServiceContext } from '../context.ts';
import {
	deleteDocuments,
	findIndexedRefs,
	findIndexedVersion,
	insertDocuments,
	saveIndexedVersion,
	searchDocuments,
	type IndexRow,
	type SearchHit
} from './search.repository.ts';
import { readSources } from './search-source.repository.ts';
import type { SearchKind } from './search.table.ts';
import { queryTerms, terms } from './terms.ts';

/*
 * One search for the whole public site. The index follows the alliance's content version
 * (raised by every public change, see alliances/content-changed.ts): a search that finds the
 * index behind brings it up to date first, re-stemming only what changed; the search job does
 * the same in the background so that visitors rarely wait for it.
 */

type Ctx = Pick<ServiceContext, 'db' | 'dialect' | 'log'>;

const running = new Map<string, Promise<void>>();

/** Brings the alliance's index up to its current content version (once at a time per alliance). */
export function ensureSearchIndex(ctx: Ctx, allianceId: string, now = new Date()): Promise<void> {
	const pending = running.get(allianceId);
	if (pending) return pending;
	const work = syncIndex(ctx, allianceId, now).finally(() => running.delete(allianceId));
	running.set(allianceId, work);
	return work;
}

async function syncIndex(ctx: Ctx, allianceId: string, now: Date): Promise<void> {
	// The version is read before the content: a change made meanwhile leaves the index behind
	// again, so the next search picks it up.
	const version = await findContentVersion(ctx.db, allianceId);
	if (version === undefined) return;
	if ((await findIndexedVersion(ctx.db, allianceId)) === version) return;
	const started = performance.now();
	const [sources, indexed] = await Promise.all([
		readSources(ctx.db, allianceId, now.toISOString()),
		findIndexedRefs(ctx.db, allianceId)
	]);
	const byRef = new Map(indexed.map((r) => [`${r.kind}:${r.refId}`, r]));
	const fresh: IndexRow[] = [];
	const stale: number[] = [];
	for (const source of sources) {
		const hash = crypto
			.createHash('sha1')
			.update(
				JSON.stringify([source.title, source.body, source.excerpt, source.path, source.sortDate])
			)
			.digest('base64url');
		const key = `${source.kind}:${source.refId}`;
		const known = byRef.get(key);
		byRef.delete(key);
		if (known?.hash === hash) continue;
		if (known) stale.push(known.docNo);
		const body = htmlToText(source.body);
		fresh.push({
			kind: source.kind,
			refId: source.refId,
			title: source.title,
			excerpt: cut(htmlToText(source.excerpt) || body, 220),
			path: source.path,
			sortDate: source.sortDate,
			titleTerms: terms(source.title),
			bodyTerms: terms(body),
			hash
		});
	}
	for (const gone of byRef.values()) stale.push(gone.docNo);
	await ctx.db.transaction().execute(async (trx) => {
		await deleteDocuments(trx, ctx.dialect, allianceId, stale);
		await insertDocuments(trx, ctx.dialect, allianceId, fresh);
		await saveIndexedVersion(trx, allianceId, version, now.toISOString());
	});
	ctx.log.debug(
		{ allianceId, changed: fresh.length, removed: stale.length, ms: performance.now() - started },
		'search index updated'
	);
}

function cut(text: string, max: number): string {
	if (text.length <= max) return text;
	const space = text.lastIndexOf(' ', max - 1);
	return `${text.slice(0, space > max / 2 ? space : max - 1)}…`;
}

interface FoundItem {
	kind: SearchKind;
	title: string;
	excerpt: string;
	path: string;
	sortDate: string | null;
}

interface SearchGroup {
	kind: SearchKind;
	hits: FoundItem[];
}

export interface SearchResult {
	query: string;
	/** false when the query held no word to look for */
	searched: boolean;
	total: number;
	groups: SearchGroup[];
}

/** Candidates read from the index; the best MAX_SHOWN of them are shown. */
const CANDIDATES = 200;
const MAX_SHOWN = 60;

/** How many of the stems start a word of these terms. */
function matched(stems: string[], termText: string): number {
	const words = termText.split(' ');
	return stems.filter((s) => words.some((w) => w.startsWith(s))).length;
}

/**
 * Order of the hits, the same on both databases: first by how many of the searched words a
 * document holds, then by how many are in its title, then by the database's own rank.
 */
function order(stems: string[], hits: SearchHit[]): SearchHit[] {
	const scored = hits.map((hit) => ({
		hit,
		all: matched(stems, `${hit.titleTerms} ${hit.bodyTerms}`),
		title: matched(stems, hit.titleTerms)
	}));
	scored.sort((x, y) => y.all - x.all || y.title - x.title || y.hit.rank - x.hit.rank);
	return scored.map((s) => s.hit);
}

/** Ranked hits, grouped by kind; the group with the best hit comes first. */
export async function searchSite(
	ctx: Ctx,
	allianceId: string,
	query: string,
	now = new Date()
): Promise<SearchResult> {
	const stems = queryTerms(query);
	if (stems.length === 0) return { query, searched: false, total: 0, groups: [] };
	await ensureSearchIndex(ctx, allianceId, now);
	const candidates = await searchDocuments(ctx.db, ctx.dialect, allianceId, stems, CANDIDATES);
	const hits = order(stems, candidates).slice(0, MAX_SHOWN);
	const groups = new Map<SearchKind, FoundItem[]>();
	for (const { kind, title, excerpt, path, sortDate } of hits) {
		const list = groups.get(kind) ?? [];
		list.push({ kind, title, excerpt, path, sortDate });
		groups.set(kind, list);
	}
	return {
		query,
		searched: true,
		total: hits.length,
		groups: [...groups.entries()].map(([kind, list]) => ({ kind, hits: list }))
	};
}
