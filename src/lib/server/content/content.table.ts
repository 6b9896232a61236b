import type { Generated } from 'kysely';

/* Row types of pages and news posts. */

export interface PageTable {
	id: string;
	alliance_id: string;
	parent_id: string | null;
	slug: string;
	title: string;
	summary: Generated<string>;
	body_html: Generated<string>;
	/** page | imprint | privacy */
	kind: Generated<string>;
	position: Generated<number>;
	published: Generated<number>;
	in_nav: Generated<number>;
	created_at: string;
	updated_at: string;
	updated_by: string | null;
}

export interface NewsPostTable {
	id: string;
	alliance_id: string;
	slug: string;
	title: string;
	summary: Generated<string>;
	body_html: Generated<string>;
	image_id: string | null;
	published_at: string | null;
	created_at: string;
	updated_at: string;
	updated_by: string | null;
}

/** Merged into the database type in db/schema.ts. */
export interface ContentTables {
	page: PageTable;
	news_post: NewsPostTable;
}
