import type { z } from 'zod';
import type { ServiceContext } from '../context.ts';
import * as repo from './job.repository.ts';
import type { JobQueue, JobState } from './job.types.ts';

/*
 * The default queue: jobs and schedules in the application's database (SQLite or PostgreSQL),
 * so no extra service is needed and several app instances share one queue.
 */

const DEFAULT_MAX_ATTEMPTS = 5;

function toState(row: repo.JobRow): JobState {
	return {
		id: row.id,
		name: row.name,
		status: row.status,
		runAt: row.run_at,
		attempts: row.attempts,
		lastError: row.last_error,
		finishedAt: row.finished_at
	};
}

function createDbJobQueue(ctx: Pick<ServiceContext, 'db' | 'dialect'>): JobQueue {
	const { db, dialect } = ctx;
	return {
		async enqueue(definition, payload, options = {}) {
			const data = definition.schema.parse(payload) as z.output<typeof definition.schema>;
			const now = (options.now ?? new Date()).toISOString();
			const id = crypto.randomUUID();
			const inserted = await repo.insertJob(db, {
				id,
				name: definition.name,
				payload: JSON.stringify(data ?? {}),
				alliance_id: options.allianceId ?? null,
				status: 'queued',
				run_at: (options.runAt ?? options.now ?? new Date()).toISOString(),
				max_attempts: options.maxAttempts ?? definition.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
				dedupe_key: options.dedupeKey ?? null,
				created_at: now,
				updated_at: now
			});
			return inserted ? id : null;
		},

		async schedule(definition, payload, options) {
			if (!Number.isInteger(options.everySeconds) || options.everySeconds < 60) {
				throw new Error(`schedule ${options.key}: interval must be at least 60 s`);
			}
			const data = definition.schema.parse(payload) as unknown;
			const now = (options.now ?? new Date()).toISOString();
			await repo.upsertSchedule(db, {
				key: options.key,
				name: definition.name,
				payload: JSON.stringify(data ?? {}),
				alliance_id: options.allianceId ?? null,
				interval_seconds: options.everySeconds,
				next_run_at: (options.startAt ?? options.now ?? new Date()).toISOString(),
				created_at: now,
				updated_at: now
			});
		},

		async unschedule(key) {
			await repo.deleteSchedule(db, key);
		},

		async enqueueDueSchedules(now) {
			const nowIso = now.toISOString();
			let count = 0;
			for (const schedule of await repo.findDueSchedules(db, nowIso)) {
				// Next run counted from now, so a long downtime gives one catch-up run, not many.
				const next = new Date(now.getTime() + schedule.interval_seconds * 1000).toISOString();
				if (!(await repo.advanceSchedule(db, schedule.key, schedule.next_run_at, next, nowIso))) {
					continue; // another instance took this turn
				}
				const inserted = await repo.insertJob(db, {
					id: crypto.randomUUID(),
					name: schedule.name,
					payload: schedule.payload,
					alliance_id: schedule.alliance_id,
					status: 'queued',
					run_at: nowIso,
					max_attempts: DEFAULT_MAX_ATTEMPTS,
					dedupe_key: `schedule:${schedule.key}`,
					created_at: nowIso,
					updated_at: nowIso
				});
				if (inserted) count++;
			}
			return count;
		},

		async claim(names, workerId, now, leaseMs) {
			const nowIso = now.toISOString();
			const row = await repo.claimJob(db, dialect, names, workerId, nowIso, (name) =>
				new Date(now.getTime() + leaseMs(name)).toISOString()
			);
			if (!row) return undefined;
			return {
				id: row.id,
				name: row.name,
				payload: row.payload,
				allianceId: row.alliance_id,
				attempts: row.attempts,
				maxAttempts: row.max_attempts
			};
		},

		async complete(job, workerId, now) {
			await repo.finishJob(db, job.id, workerId, now.toISOString());
		},

		async fail(job, workerId, error, now, retryAt) {
			await repo.failJob(
				db,
				job.id,
				workerId,
				error.slice(0, 2000),
				now.toISOString(),
				retryAt ? retryAt.toISOString() : null
			);
		},

		async find({ id, dedupeKey }) {
			const row = id
				? await repo.findJobById(db, id)
				: dedupeKey
					? await repo.findJobByDedupeKey(db, dedupeKey)
					: undefined;
			return row && toState(row);
		},

		async prune(doneBefore, failedBefore) {
			return repo.deleteFinishedJobs(db, doneBefore.toISOString(), failedBefore.toISOString());
		}
	};
}

/** The queue services use (the database queue; see docs/decisions/015-jobs.md). */
export function jobQueue(ctx: Pick<ServiceContext, 'db' | 'dialect'>): JobQueue {
	return createDbJobQueue(ctx);
}
