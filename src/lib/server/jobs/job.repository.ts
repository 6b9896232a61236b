import type { Insertable, Selectable } from 'kysely';
import type { DB, Dialects } from '../db/db.ts';
import type { JobScheduleTable, JobTable } from './job.table.ts';

/* SQL of the job queue. No rules here: when to retry and what to run is the runner's business. */

export type JobRow = Selectable<JobTable>;
export type ScheduleRow = Selectable<JobScheduleTable>;

/** Inserts a job; false when a queued or running job holds the same dedupe key. */
export async function insertJob(db: DB, row: Insertable<JobTable>): Promise<boolean> {
	const result = await db
		.insertInto('job')
		.values(row)
		.onConflict((oc) => oc.column('dedupe_key').doNothing())
		.executeTakeFirst();
	return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
}

function dueFilter(db: DB, names: readonly string[], now: string) {
	return db
		.selectFrom('job')
		.select('id')
		.where('status', 'in', ['queued', 'running'])
		.where('run_at', '<=', now)
		.where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now)]))
		.where('name', 'in', names);
}

/**
 * Takes the next due job whose lease is free. PostgreSQL: one UPDATE … WHERE id = (SELECT …
 * FOR UPDATE SKIP LOCKED) RETURNING, so concurrent instances never get the same row. SQLite:
 * a transaction (writes are serialised) whose UPDATE repeats the lease condition.
 */
export async function claimJob(
	db: DB,
	dialect: Dialects,
	names: readonly string[],
	workerId: string,
	now: string,
	leaseUntil: (name: string) => string
): Promise<JobRow | undefined> {
	if (!names.length) return undefined;
	const lease = (row: { name: string }) => leaseUntil(row.name);
	if (dialect === 'postgres') {
		// The lease length depends on the job's name, so pick the row first inside the update.
		const candidate = await db.transaction().execute(async (trx) => {
			const picked = await dueFilter(trx, names, now)
				.select('name')
				.orderBy('run_at')
				.orderBy('id')
				.limit(1)
				.forUpdate()
				.skipLocked()
				.executeTakeFirst();
			if (!picked) return undefined;
			return trx
				.updateTable('job')
				.set((eb) => ({
					status: 'running',
					attempts: eb('attempts', '+', 1),
					locked_until: lease(picked),
					locked_by: workerId,
					updated_at: now
				}))
				.where('id', '=', picked.id)
				.where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now)]))
				.returningAll()
				.executeTakeFirst();
		});
		return candidate;
	}
	return db.transaction().execute(async (trx) => {
		const picked = await dueFilter(trx, names, now)
			.select('name')
			.orderBy('run_at')
			.orderBy('id')
			.limit(1)
			.executeTakeFirst();
		if (!picked) return undefined;
		return trx
			.updateTable('job')
			.set((eb) => ({
				status: 'running',
				attempts: eb('attempts', '+', 1),
				locked_until: lease(picked),
				locked_by: workerId,
				updated_at: now
			}))
			.where('id', '=', picked.id)
			.where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now)]))
			.returningAll()
			.executeTakeFirst();
	});
}

/** Marks a job done, unless another instance has taken it over meanwhile. */
export async function finishJob(
	db: DB,
	id: string,
	workerId: string,
	now: string
): Promise<boolean> {
	const result = await db
		.updateTable('job')
		.set({
			status: 'done',
			locked_until: null,
			dedupe_key: null,
			last_error: '',
			finished_at: now,
			updated_at: now
		})
		.where('id', '=', id)
		.where('locked_by', '=', workerId)
		.where('status', '=', 'running')
		.executeTakeFirst();
	return Number(result.numUpdatedRows) > 0;
}

/** Puts a failed job back in the queue for `retryAt`, or gives it up (retryAt null). */
export async function failJob(
	db: DB,
	id: string,
	workerId: string,
	error: string,
	now: string,
	retryAt: string | null
): Promise<boolean> {
	const result = await db
		.updateTable('job')
		.set(
			retryAt
				? {
						status: 'queued',
						run_at: retryAt,
						locked_until: null,
						locked_by: null,
						last_error: error,
						updated_at: now
					}
				: {
						status: 'failed',
						locked_until: null,
						dedupe_key: null,
						last_error: error,
						finished_at: now,
						updated_at: now
					}
		)
		.where('id', '=', id)
		.where('locked_by', '=', workerId)
		.where('status', '=', 'running')
		.executeTakeFirst();
	return Number(result.numUpdatedRows) > 0;
}

export function findJobById(db: DB, id: string): Promise<JobRow | undefined> {
	return db.selectFrom('job').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findJobByDedupeKey(db: DB, key: string): Promise<JobRow | undefined> {
	return db.selectFrom('job').selectAll().where('dedupe_key', '=', key).executeTakeFirst();
}

export async function deleteFinishedJobs(
	db: DB,
	doneBefore: string,
	failedBefore: string
): Promise<number> {
	const result = await db
		.deleteFrom('job')
		.where((eb) =>
			eb.or([
				eb.and([eb('status', '=', 'done'), eb('finished_at', '<', doneBefore)]),
				eb.and([eb('status', '=', 'failed'), eb('finished_at', '<', failedBefore)])
			])
		)
		.executeTakeFirst();
	return Number(result.numDeletedRows);
}

// --- schedules -------------------------------------------------------------------------------

/** Creates a schedule, or changes its job, payload and interval (keeping when it runs next). */
export async function upsertSchedule(db: DB, row: Insertable<JobScheduleTable>): Promise<void> {
	await db
		.insertInto('job_schedule')
		.values(row)
		.onConflict((oc) =>
			oc.column('key').doUpdateSet({
				name: row.name,
				payload: row.payload,
				alliance_id: row.alliance_id,
				interval_seconds: row.interval_seconds,
				updated_at: row.updated_at
			})
		)
		.execute();
}

export async function deleteSchedule(db: DB, key: string): Promise<void> {
	await db.deleteFrom('job_schedule').where('key', '=', key).execute();
}

export function findDueSchedules(db: DB, now: string, limit = 100): Promise<ScheduleRow[]> {
	return db
		.selectFrom('job_schedule')
		.selectAll()
		.where('next_run_at', '<=', now)
		.orderBy('next_run_at')
		.limit(limit)
		.execute();
}

/**
 * Moves a schedule to its next run, only if nobody else did since we read it (optimistic:
 * the instance whose update succeeds enqueues the job).
 */
export async function advanceSchedule(
	db: DB,
	key: string,
	seenNextRunAt: string,
	nextRunAt: string,
	now: string
): Promise<boolean> {
	const result = await db
		.updateTable('job_schedule')
		.set({ next_run_at: nextRunAt, last_enqueued_at: now, updated_at: now })
		.where('key', '=', key)
		.where('next_run_at', '=', seenNextRunAt)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) > 0;
}
