import type { Generated } from 'kysely';

/* Row type of topics. */

export interface TopicTable {
	id: string;
	alliance_id: string;
	slug: string;
	name: string;
	summary: Generated<string>;
	description_html: Generated<string>;
	position: Generated<number>;
	created_at: string;
	updated_at: string;
}

/** Merged into the database type in db/schema.ts. */
export interface TopicTables {
	topic: TopicTable;
}
