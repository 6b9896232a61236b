import type { Generated } from 'kysely';

/* Row type of public event submissions awaiting confirmation. */

export interface EventSubmissionTable {
	id: string;
	alliance_id: string;
	token_hash: string;
	/** JSON EventInput */
	payload: string;
	submitter_name: string;
	submitter_email: string;
	locale: Generated<string>;
	consent_privacy_at: string;
	created_at: string;
	expires_at: string;
	confirmed_at: string | null;
	event_id: string | null;
}

/** Merged into the database type in db/schema.ts. */
export interface SubmissionTables {
	event_submission: EventSubmissionTable;
}
