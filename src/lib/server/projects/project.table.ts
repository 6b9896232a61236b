import type { Generated } from 'kysely';

/* Row types of projects and what they link to. */

export interface ProjectTable {
	id: string;
	alliance_id: string;
	slug: string;
	title: string;
	summary: Generated<string>;
	description_html: Generated<string>;
	goals: Generated<string>;
	results: Generated<string>;
	status: Generated<'planned' | 'running' | 'completed'>;
	starts_on: string | null;
	ends_on: string | null;
	working_group_id: string | null;
	topic_id: string | null;
	image_id: string | null;
	good_practice: Generated<number>;
	published: Generated<number>;
	created_at: string;
	updated_at: string;
}

export interface ProjectPartnerTable {
	project_id: string;
	partner_id: string;
}

export interface ProjectFileTable {
	project_id: string;
	file_id: string;
	position: Generated<number>;
}

export interface ProjectNewsTable {
	project_id: string;
	news_post_id: string;
}

/** Merged into the database type in db/schema.ts. */
export interface ProjectTables {
	project: ProjectTable;
	project_partner: ProjectPartnerTable;
	project_file: ProjectFileTable;
	project_news: ProjectNewsTable;
}
