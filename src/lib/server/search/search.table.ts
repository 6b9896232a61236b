import type { Generated } from 'kysely';

/** Row types of the site search (migration 2026-12-06T1800-site-search). */

export type SearchKind =
	'page' | 'news' | 'event' | 'partner' | 'project' | 'topic' | 'group' | 'document' | 'offer';

interface SearchDocumentTable {
	doc_no: Generated<number>;
	alliance_id: string;
	kind: SearchKind;
	ref_id: string;
	title: string;
	excerpt: Generated<string>;
	/** Path inside the alliance's site, e.g. /termine/elterncafe */
	path: string;
	/** ISO date (news, events) for display, or null */
	sort_date: string | null;
	title_terms: string;
	body_terms: string;
	/** Hash of what the terms were made from: unchanged documents are not stemmed again. */
	hash: string;
}

interface SearchStateTable {
	alliance_id: string;
	/** The alliance's content_version the index was built from */
	content_version: number;
	indexed_at: string;
}

export interface SearchTables {
	search_document: SearchDocumentTable;
	search_state: SearchStateTable;
}
