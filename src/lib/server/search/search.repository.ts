import { sql } from 'kysely';
import type { DB, Dialects } from '../db/db.ts';
import type { SearchKind } from './search.table.ts';

/*
 * SQL of the site search: the index rows and the ranked query on each database. What is public
 * and searchable (one reader per kind) is read in search-source.repository.ts.
 */

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
		// Ranked by number and alliance alone, the texts read for the best `limit` only: a word
		// in nearly every document ("familie": 5,932 of 6,001 in the benchmark) had every
		// document's texts read to sort them (7.6 instead of 5.3 ms).
		const rows =
			await sql<HitRow>`select d.kind, d.title, d.excerpt, d.path, d.sort_date, d.title_terms, d.body_terms, best.rank
			from (select search_fts.rowid as doc_no, bm25(search_fts, 5.0, 1.0) as rank
				from search_fts join search_document a on a.doc_no = search_fts.rowid
				where search_fts match ${match} and a.alliance_id = ${allianceId}
				order by rank limit ${limit}) as best
			join search_document d on d.doc_no = best.doc_no
			order by best.rank`.execute(db);
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
