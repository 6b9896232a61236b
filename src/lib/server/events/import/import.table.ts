import type { Generated } from 'kysely';

/* Row type of imported calendar feeds. */

export interface EventFeedTable {
	id: string;
	alliance_id: string;
	partner_id: string | null;
	name: string;
	url: string;
	auto_publish: Generated<number>;
	interval_minutes: Generated<number>;
	enabled: Generated<number>;
	last_attempt_at: string | null;
	last_success_at: string | null;
	last_status: 'ok' | 'error' | null;
	last_error: Generated<string>;
	last_error_detail: Generated<string>;
	/** JSON */
	last_result: Generated<string>;
	http_etag: string | null;
	http_last_modified: string | null;
	content_hash: string | null;
	created_at: string;
	created_by: string | null;
	updated_at: string;
}

/** Merged into the database type in db/schema.ts. */
export interface ImportTables {
	event_feed: EventFeedTable;
}
