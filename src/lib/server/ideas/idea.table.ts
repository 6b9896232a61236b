import type { Generated } from 'kysely';

/* Row types of the ideas board (migration 2026-12-06T1510-ideas). */

export type IdeaModeration = 'unconfirmed' | 'pending' | 'published' | 'rejected';
export type IdeaStatus = 'new' | 'examining' | 'planned' | 'realised' | 'not_possible';
export const IDEA_STATUSES: readonly IdeaStatus[] = [
	'new',
	'examining',
	'planned',
	'realised',
	'not_possible'
];

export interface IdeaTable {
	id: string;
	alliance_id: string;
	title: string;
	body: string;
	topic_id: string | null;
	author_name: Generated<string>;
	email: Generated<string>;
	locale: Generated<string>;
	moderation: Generated<IdeaModeration>;
	status: Generated<IdeaStatus>;
	response: Generated<string>;
	project_id: string | null;
	confirm_token: string | null;
	support_count: Generated<number>;
	created_at: string;
	updated_at: string;
	confirmed_at: string | null;
	published_at: string | null;
	response_at: string | null;
}

export interface IdeaSupportTable {
	id: string;
	alliance_id: string;
	idea_id: string;
	email_hash: string;
	confirm_token: string | null;
	created_at: string;
	confirmed_at: string | null;
}

/** Merged into the database type in db/schema.ts. */
export interface IdeaTables {
	idea: IdeaTable;
	idea_support: IdeaSupportTable;
}
