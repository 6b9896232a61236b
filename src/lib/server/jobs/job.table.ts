import type { Generated } from 'kysely';

/* Row types of the job queue and its schedules. */

export type JobStatus = 'queued' | 'running' | 'done' | 'failed';

export interface JobTable {
	id: string;
	name: string;
	/** JSON */
	payload: Generated<string>;
	alliance_id: string | null;
	status: Generated<JobStatus>;
	run_at: string;
	attempts: Generated<number>;
	max_attempts: Generated<number>;
	locked_until: string | null;
	locked_by: string | null;
	last_error: Generated<string>;
	dedupe_key: string | null;
	created_at: string;
	updated_at: string;
	finished_at: string | null;
}

export interface JobScheduleTable {
	key: string;
	name: string;
	/** JSON */
	payload: Generated<string>;
	alliance_id: string | null;
	interval_seconds: number;
	next_run_at: string;
	last_enqueued_at: string | null;
	created_at: string;
	updated_at: string;
}

/** Merged into the database type in db/schema.ts. */
export interface JobTables {
	job: JobTable;
	job_schedule: JobScheduleTable;
}
