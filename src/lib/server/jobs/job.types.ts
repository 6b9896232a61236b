import type { z } from 'zod';
import type { ServiceContext } from '../context.ts';

/*
 * A job definition: a name, a zod schema of its payload and the handler, kept beside the
 * feature it belongs to (e.g. events/import/import.job.ts) and listed in jobs/registry.ts.
 */

/** What a handler is given: the service context the runner was started with. */
type JobContext = ServiceContext;

interface JobInfo {
	id: string;
	/** 1 on the first run */
	attempt: number;
	maxAttempts: number;
	allianceId: string | null;
	now: Date;
}

export interface JobDefinition<S extends z.ZodType = z.ZodType> {
	name: string;
	schema: S;
	/** Runs before the job is given up (default 5) */
	maxAttempts?: number;
	/** How long one run may take before another instance may take the job over (default 5 min) */
	leaseSeconds?: number;
	/** A built-in recurring schedule of this job (empty payload), set up when the runner starts */
	every?: { seconds: number };
	run(ctx: JobContext, payload: z.infer<S>, info: JobInfo): Promise<void>;
}

/** Declares a job; the type of the payload follows from the schema. */
export function defineJob<S extends z.ZodType>(definition: JobDefinition<S>): JobDefinition<S> {
	return definition;
}

interface EnqueueOptions {
	/** Not before (default: now) */
	runAt?: Date;
	/** At most one queued or running job per key; a second enqueue returns null */
	dedupeKey?: string;
	allianceId?: string | null;
	maxAttempts?: number;
	now?: Date;
}

interface ScheduleOptions {
	/** Unique key of the schedule, e.g. "import:<id>" */
	key: string;
	everySeconds: number;
	/** First run (default: now) */
	startAt?: Date;
	allianceId?: string | null;
	now?: Date;
}

export interface ClaimedJob {
	id: string;
	name: string;
	payload: string;
	allianceId: string | null;
	attempts: number;
	maxAttempts: number;
}

/** A job's state as the UI shows it (e.g. "sync queued"). */
export interface JobState {
	id: string;
	name: string;
	status: 'queued' | 'running' | 'done' | 'failed';
	runAt: string;
	attempts: number;
	lastError: string;
	finishedAt: string | null;
}

/**
 * The queue. The default keeps jobs in the database (db-queue.ts); another backend can stand in
 * as long as it gives the same promises: a job runs at most once at a time, state survives a
 * restart, failed runs come back with backoff.
 */
export interface JobQueue {
	enqueue<S extends z.ZodType>(
		definition: JobDefinition<S>,
		payload: z.input<S>,
		options?: EnqueueOptions
	): Promise<string | null>;
	schedule<S extends z.ZodType>(
		definition: JobDefinition<S>,
		payload: z.input<S>,
		options: ScheduleOptions
	): Promise<void>;
	unschedule(key: string): Promise<void>;
	/** Turns due schedules into jobs; returns how many were enqueued. */
	enqueueDueSchedules(now: Date): Promise<number>;
	/** Takes the next due job of one of `names` for `workerId` until now + lease. */
	claim(
		names: readonly string[],
		workerId: string,
		now: Date,
		leaseMs: (name: string) => number
	): Promise<ClaimedJob | undefined>;
	complete(job: ClaimedJob, workerId: string, now: Date): Promise<void>;
	/** retryAt null: give up (status failed) */
	fail(
		job: ClaimedJob,
		workerId: string,
		error: string,
		now: Date,
		retryAt: Date | null
	): Promise<void>;
	/** The newest job with this dedupe key or id (queued, running or finished). */
	find(idOrKey: { id?: string; dedupeKey?: string }): Promise<JobState | undefined>;
	/** Deletes finished jobs older than the given instants. */
	prune(doneBefore: Date, failedBefore: Date): Promise<number>;
}
