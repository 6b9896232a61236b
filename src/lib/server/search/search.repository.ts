import { sql } from 'kysely';
import type { DB, Dialects } from '../db/db.ts';
import type { SearchKind } from './search.table.ts';

/*
 * SQL of the site search: what is public and searchable (one reader per kind), the index rows,
 * and the ranked query on each database.
 */

/** Offers unconfirmed this long are hidden from families (offers/offer.service.ts: 24 months). */
const OFFER_HIDDEN_AFTER_DAYS = 730;

/** One public thing as the index needs it, before its words are stemmed. */
export interface SearchSource {
	kind: SearchKind;
	refId: string;
	title: string;
	/** Text the words come from (HTML allowed: the service strips it) */
	body: string;
	/** Short text shown under the title in the results */
	excerpt: string;
	path: string;
	sortDate: string | null;
}

/** Every public, searchable thing of one alliance. */
export async function readSources(
	db: DB,
	allianceId: string,
	now: string
): Promise<SearchSource[]> {
	const hiddenBefore = new Date(
		Date.parse(now) - OFFER_HIDDEN_AFTER_DAYS * 86_400_000
	).toISOString();
	const [pages, news, events, partners, projects, topics, groups, documents, offers] =
		await Promise.all([
			db
				.selectFrom('page as p')
				.leftJoin('page as parent', 'parent.id', 'p.parent_id')
				.select([
					'p.id',
					'p.slug',
					'p.title',
					'p.summary',
					'p.body_html',
					'p.updated_at',
					'parent.slug as parent_slug'
				])
				.where('p.alliance_id', '=', allianceId)
				.where('p.kind', '=', 'page')
				.where('p.published', '=', 1)
				.execute(),
			db
				.selectFrom('news_post')
				.select(['id', 'slug', 'title', 'summary', 'body_html', 'published_at'])
				.where('alliance_id', '=', allianceId)
				.where('published_at', 'is not', null)
				.where('published_at', '<=', now)
				.execute(),
			db
				.selectFrom('event')
				.select([
					'id',
					'slug',
					'title',
					'summary',
					'description_html',
					'place_name',
					'district',
					'organiser_name',
					'start_utc'
				])
				.where('alliance_id', '=', allianceId)
				.where('status', 'in', ['published', 'cancelled'])
				.execute(),
			db
				.selectFrom('partner')
				.select(['id', 'slug', 'name', 'description_html', 'contribution', 'district', 'city'])
				.where('alliance_id', '=', allianceId)
				.where('status', '=', 'active')
				.execute(),
			db
				.selectFrom('project')
				.select(['id', 'slug', 'title', 'summary', 'description_html', 'goals', 'results'])
				.where('alliance_id', '=', allianceId)
				.where('published', '=', 1)
				.execute(),
			db
				.selectFrom('topic')
				.select(['id', 'slug', 'name', 'summary', 'description_html'])
				.where('alliance_id', '=', allianceId)
				.execute(),
			db
				.selectFrom('working_group')
				.select(['id', 'slug', 'name', 'summary', 'description_html'])
				.where('alliance_id', '=', allianceId)
				.execute(),
			db
				.selectFrom('file')
				.select(['id', 'title', 'original_name', 'description', 'created_at'])
				.where('alliance_id', '=', allianceId)
				.where('kind', '=', 'document')
				.where('listed', '=', 1)
				.execute(),
			db
				.selectFrom('offer')
				.select(['id', 'slug', 'name', 'summary', 'description', 'search_text'])
				.where('alliance_id', '=', allianceId)
				.where('status', '=', 'published')
				.where('last_checked_at', '>=', hiddenBefore)
				.execute()
		]);
	const out: SearchSource[] = [];
	for (const p of pages) {
		out.push({
			kind: 'page',
			refId: p.id,
			title: p.title,
			body: `${p.summary} ${p.body_html}`,
			excerpt: p.summary,
			path: p.parent_slug ? `/${p.parent_slug}/${p.slug}` : `/${p.slug}`,
			sortDate: null
		});
	}
	for (const n of news) {
		out.push({
			kind: 'news',
			refId: n.id,
			title: n.title,
			body: `${n.summary} ${n.body_html}`,
			excerpt: n.summary,
			path: `/neuigkeiten/${n.slug}`,
			sortDate: n.published_at
		});
	}
	for (const e of events) {
		out.push({
			kind: 'event',
			refId: e.id,
			title: e.title,
			body: `${e.summary} ${e.description_html} ${e.place_name} ${e.district} ${e.organiser_name}`,
			excerpt: e.summary,
			path: `/termine/${e.slug}`,
			sortDate: e.start_utc
		});
	}
	for (const p of partners) {
		out.push({
			kind: 'partner',
			refId: p.id,
			title: p.name,
			body: `${p.description_html} ${p.contribution} ${p.district} ${p.city}`,
			excerpt: p.contribution,
			path: `/partner/${p.slug}`,
			sortDate: null
		});
	}
	for (const p of projects) {
		out.push({
			kind: 'project',
			refId: p.id,
			title: p.title,
			body: `${p.summary} ${p.description_html} ${p.goals} ${p.results}`,
			excerpt: p.summary,
			path: `/projekte/${p.slug}`,
			sortDate: null
		});
	}
	for (const t of topics) {
		out.push({
			kind: 'topic',
			refId: t.id,
			title: t.name,
			body: `${t.summary} ${t.description_html}`,
			excerpt: t.summary,
			path: `/themen/${t.slug}`,
			sortDate: null
		});
	}
	for (const g of groups) {
		out.push({
			kind: 'group',
			refId: g.id,
			title: g.name,
			body: `${g.summary} ${g.description_html}`,
			excerpt: g.summary,
			path: `/arbeitsgruppen/${g.slug}`,
			sortDate: null
		});
	}
	for (const d of documents) {
		out.push({
			kind: 'document',
			refId: d.id,
			title: d.title || d.original_name,
			body: d.description,
			excerpt: d.description,
			path: `/dateien/${d.id}`,
			sortDate: null
		});
	}
	for (const o of offers) {
		out.push({
			kind: 'offer',
			refId: o.id,
			title: o.name,
			// search_text adds the provider, Lebenslagen, languages and place (already folded).
			body: `${o.summary} ${o.description} ${o.search_text}`,
			excerpt: o.summary,
			path: `/angebote/${o.slug}`,
			sortDate: null
		});
	}
	return out;
}

export interface IndexedRef {
	docNo: number;
	kind: SearchKind;
	refId: string;
	hash: string;
}

export async function findIndexedRefs(db: DB, allianceId: string): Promise<IndexedRef[]> {
	const rows = await db
		.selectFrom('search_document')
		.select(['doc_no', 'kind', 'ref_id', 'hash'])
		.where('alliance_id', '=', allianceId)
		.execute();
	return rows.map((r) => ({
		docNo: Number(r.doc_no),
		kind: r.kind,
		refId: r.ref_id,
		hash: r.hash
	}));
}

export interface IndexRow {
	kind: SearchKind;
	refId: string;
	title: string;
	excerpt: string;
	path: string;
	sortDate: string | null;
	titleTerms: string;
	bodyTerms: string;
	hash: string;
}

/** Removes documents (and, on SQLite, their FTS entries). */
export async function deleteDocuments(
	db: DB,
	dialect: Dialects,
	allianceId: string,
	docNos: number[]
): Promise<void> {
	for (let i = 0; i < docNos.length; i += 500) {
		const chunk = docNos.slice(i, i + 500);
		if (dialect === 'sqlite') {
			await sql`delete from search_fts where rowid in (${sql.join(chunk)})`.execute(db);
		}
		await db
			.deleteFrom('search_document')
			.where('alliance_id', '=', allianceId)
			.where('doc_no', 'in', chunk)
			.execute();
	}
}

/** Adds documents (and, on SQLite, their FTS entries). */
export async function insertDocuments(
	db: DB,
	dialect: Dialects,
	allianceId: string,
	rows: IndexRow[]
): Promise<void> {
	for (const row of rows) {
		const inserted = await db
			.insertInto('search_document')
			.values({
				alliance_id: allianceId,
				kind: row.kind,
				ref_id: row.refId,
				title: row.title,
				excerpt: row.excerpt,
				path: row.path,
				sort_date: row.sortDate,
				title_terms: row.titleTerms,
				body_terms: row.bodyTerms,
				hash: row.hash
			})
			.returning('doc_no')
			.executeTakeFirstOrThrow();
		if (dialect === 'sqlite') {
			await sql`insert into search_fts (rowid, title_terms, body_terms) values (${Number(inserted.doc_no)}, ${row.titleTerms}, ${row.bodyTerms})`.execute(
				db
			);
		}
	}
}

export async function findIndexedVersion(db: DB, allianceId: string): Promise<number | undefined> {
	const row = await db
		.selectFrom('search_state')
		.select('content_version')
		.where('alliance_id', '=', allianceId)
		.executeTakeFirst();
	return row?.content_version;
}

export async function saveIndexedVersion(
	db: DB,
	allianceId: string,
	version: number,
	now: string
): Promise<void> {
	await db
		.insertInto('search_state')
		.values({ alliance_id: allianceId, content_version: version, indexed_at: now })
		.onConflict((oc) =>
			oc.column('alliance_id').doUpdateSet({ content_version: version, indexed_at: now })
		)
		.execute();
}

export interface SearchHit {
	kind: SearchKind;
	title: string;
	excerpt: string;
	path: string;
	sortDate: string | null;
	rank: number;
	titleTerms: string;
	bodyTerms: string;
}

/**
 * Documents of the alliance that contain any of the stems (each also as the start of a longer
 * word: "pfleg" finds "Pflegeberatung"), best first: more matched stems and matches in the title
 * rank higher. `stems` hold letters and digits only (terms.ts), never query syntax.
 */
interface HitRow {
	kind: SearchKind;
	title: string;
	excerpt: string;
	path: string;
	sort_date: string | null;
	title_terms: string;
	body_terms: string;
	rank: number;
}

/** A row as a hit; `rank` already says higher = better on both databases. */
function toHit(r: HitRow, rank: number): SearchHit {
	return {
		kind: r.kind,
		title: r.title,
		excerpt: r.excerpt,
		path: r.path,
		sortDate: r.sort_date,
		rank,
		titleTerms: r.title_terms,
		bodyTerms: r.body_terms
	};
}

export async function searchDocuments(
	db: DB,
	dialect: Dialects,
	allianceId: string,
	stems: string[],
	limit: number
): Promise<SearchHit[]> {
	if (stems.length === 0) return [];
	if (dialect === 'sqlite') {
		const match = stems.map((s) => `"${s}"*`).join(' OR ');
		const rows =
			await sql<HitRow>`select d.kind, d.title, d.excerpt, d.path, d.sort_date, d.title_terms, d.body_terms, bm25(search_fts, 5.0, 1.0) as rank
			from search_fts join search_document d on d.doc_no = search_fts.rowid
			where search_fts match ${match} and d.alliance_id = ${allianceId}
			order by rank limit ${limit}`.execute(db);
		// bm25 is lower for better matches.
		return rows.rows.map((r) => toHit(r, -Number(r.rank)));
	}
	const query = stems.map((s) => `${s}:*`).join(' | ');
	const rows =
		await sql<HitRow>`select kind, title, excerpt, path, sort_date, title_terms, body_terms,
			ts_rank(search_vector, q) as rank
		from search_document, to_tsquery('simple', ${query}) q
		where alliance_id = ${allianceId} and search_vector @@ q
		order by rank desc limit ${limit}`.execute(db);
	return rows.rows.map((r) => toHit(r, Number(r.rank)));
}

/** Alliances whose index is behind their content (or that have none yet). */
export async function findAlliancesBehind(db: DB): Promise<string[]> {
	const rows = await db
		.selectFrom('alliance as a')
		.leftJoin('search_state as s', 's.alliance_id', 'a.id')
		.select('a.id')
		.where((eb) =>
			eb.or([
				eb('s.alliance_id', 'is', null),
				eb('s.content_version', '<>', eb.ref('a.content_version'))
			])
		)
		.execute();
	return rows.map((r) => r.id);
}
