import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTestContext, type TestContext } from '../../../../tests/support/context.ts';
import { jobsCleanupJob } from './cleanup.job.ts';
import { jobQueue } from './db-queue.ts';
import { createJobRunner, PermanentJobError } from './job-runner.ts';
import { defineJob } from './job.types.ts';

let ctx: TestContext;
const seen: { name: string; value: number; attempt: number }[] = [];
let failUntilAttempt = 0;

const countJob = defineJob({
	name: 'test.count',
	schema: z.object({ value: z.number().int() }),
	async run(_ctx, payload, info) {
		seen.push({ name: 'test.count', value: payload.value, attempt: info.attempt });
	}
});
const flakyJob = defineJob({
	name: 'test.flaky',
	schema: z.object({ value: z.number().int() }),
	maxAttempts: 3,
	async run(_ctx, payload, info) {
		seen.push({ name: 'test.flaky', value: payload.value, attempt: info.attempt });
		if (info.attempt <= failUntilAttempt) throw new Error(`failing on attempt ${info.attempt}`);
	}
});
const hopelessJob = defineJob({
	name: 'test.hopeless',
	schema: z.object({}),
	async run() {
		throw new PermanentJobError('nothing to do');
	}
});
const slowJob = defineJob({
	name: 'test.slow',
	schema: z.object({ value: z.number().int() }),
	leaseSeconds: 60,
	async run(_ctx, payload) {
		await new Promise((resolve) => setTimeout(resolve, 5));
		seen.push({ name: 'test.slow', value: payload.value, attempt: 1 });
	}
});
const definitions = [countJob, flakyJob, hopelessJob, slowJob];

async function jobRow(id: string) {
	return ctx.db.selectFrom('job').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

beforeAll(async () => {
	ctx = await createTestContext();
});
afterAll(async () => ctx.close());
beforeEach(async () => {
	seen.length = 0;
	failUntilAttempt = 0;
	await ctx.db.deleteFrom('job').execute();
	await ctx.db.deleteFrom('job_schedule').execute();
});

const t0 = new Date('2026-12-01T08:00:00.000Z');
const later = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

describe('job queue in the database', () => {
	it('runs an enqueued job once, with its payload, and marks it done', async () => {
		const queue = jobQueue(ctx);
		const id = await queue.enqueue(countJob, { value: 7 }, { now: t0 });
		expect(id).toBeTruthy();
		const runner = createJobRunner(ctx, { definitions });
		expect(await runner.tick(t0)).toBe(1);
		expect(await runner.tick(t0)).toBe(0);
		expect(seen).toEqual([{ name: 'test.count', value: 7, attempt: 1 }]);
		const row = await jobRow(id!);
		expect(row.status).toBe('done');
		expect(row.locked_until).toBeNull();
		expect(row.finished_at).toBe(t0.toISOString());
	});

	it('refuses a payload that does not match the schema when enqueuing', async () => {
		await expect(
			jobQueue(ctx).enqueue(countJob, { value: 'sieben' as unknown as number })
		).rejects.toThrow();
	});

	it('waits for run_at', async () => {
		await jobQueue(ctx).enqueue(countJob, { value: 1 }, { now: t0, runAt: later(600) });
		const runner = createJobRunner(ctx, { definitions });
		expect(await runner.tick(later(599))).toBe(0);
		expect(await runner.tick(later(600))).toBe(1);
	});

	it('keeps one queued job per dedupe key, and allows a new one once it has run', async () => {
		const queue = jobQueue(ctx);
		const first = await queue.enqueue(countJob, { value: 1 }, { dedupeKey: 'k', now: t0 });
		const second = await queue.enqueue(countJob, { value: 2 }, { dedupeKey: 'k', now: t0 });
		expect(first).toBeTruthy();
		expect(second).toBeNull();
		expect((await queue.find({ dedupeKey: 'k' }))?.status).toBe('queued');
		await createJobRunner(ctx, { definitions }).tick(t0);
		expect(await queue.find({ dedupeKey: 'k' })).toBeUndefined();
		expect(await queue.enqueue(countJob, { value: 3 }, { dedupeKey: 'k', now: t0 })).toBeTruthy();
		expect(seen.map((s) => s.value)).toEqual([1]);
	});

	it('retries a failing job with growing pauses and gives up after maxAttempts', async () => {
		failUntilAttempt = 99;
		const id = (await jobQueue(ctx).enqueue(flakyJob, { value: 1 }, { now: t0 }))!;
		const runner = createJobRunner(ctx, { definitions, clock: () => t0 });
		expect(await runner.tick(t0)).toBe(1);
		let row = await jobRow(id);
		expect(row.status).toBe('queued');
		expect(row.attempts).toBe(1);
		expect(row.run_at).toBe(later(30).toISOString());
		expect(row.last_error).toContain('failing on attempt 1');

		expect(await runner.tick(later(29))).toBe(0);
		const runner2 = createJobRunner(ctx, { definitions, clock: () => later(30) });
		expect(await runner2.tick(later(30))).toBe(1);
		row = await jobRow(id);
		expect(row.run_at).toBe(later(90).toISOString());

		const runner3 = createJobRunner(ctx, { definitions, clock: () => later(90) });
		expect(await runner3.tick(later(90))).toBe(1);
		row = await jobRow(id);
		expect(row.status).toBe('failed');
		expect(row.attempts).toBe(3);
		expect(row.dedupe_key).toBeNull();
		expect(await runner3.tick(later(10_000))).toBe(0);
		expect(seen.map((s) => s.attempt)).toEqual([1, 2, 3]);
	});

	it('succeeds on a later attempt after a failure', async () => {
		failUntilAttempt = 1;
		const id = (await jobQueue(ctx).enqueue(flakyJob, { value: 5 }, { now: t0 }))!;
		await createJobRunner(ctx, { definitions, clock: () => t0 }).tick(t0);
		await createJobRunner(ctx, { definitions, clock: () => later(30) }).tick(later(30));
		expect((await jobRow(id)).status).toBe('done');
	});

	it('gives up at once on a PermanentJobError or a payload that no longer fits', async () => {
		const queue = jobQueue(ctx);
		const hopeless = (await queue.enqueue(hopelessJob, {}, { now: t0 }))!;
		const broken = (await queue.enqueue(countJob, { value: 1 }, { now: t0 }))!;
		await ctx.db
			.updateTable('job')
			.set({ payload: '{"value":"x"}' })
			.where('id', '=', broken)
			.execute();
		await createJobRunner(ctx, { definitions }).tick(t0);
		expect((await jobRow(hopeless)).status).toBe('failed');
		expect((await jobRow(hopeless)).last_error).toContain('nothing to do');
		expect((await jobRow(broken)).status).toBe('failed');
		expect((await jobRow(broken)).last_error).toContain('invalid payload');
	});

	it('runs every job exactly once when several instances poll at the same moment', async () => {
		const queue = jobQueue(ctx);
		for (let i = 0; i < 30; i++) await queue.enqueue(slowJob, { value: i }, { now: t0 });
		const runners = [1, 2, 3, 4].map((n) =>
			createJobRunner(ctx, { definitions, workerId: `instance-${n}`, clock: () => t0 })
		);
		const ran = await Promise.all(runners.map((r) => r.tick(t0)));
		expect(ran.reduce((a, b) => a + b, 0)).toBe(30);
		expect(seen.map((s) => s.value).sort((a, b) => a - b)).toEqual(
			Array.from({ length: 30 }, (_, i) => i)
		);
		const left = await ctx.db
			.selectFrom('job')
			.select('id')
			.where('status', '!=', 'done')
			.execute();
		expect(left).toHaveLength(0);
	});

	it('lets another instance take over a job whose lease ran out (the first one crashed)', async () => {
		const queue = jobQueue(ctx);
		const id = (await queue.enqueue(slowJob, { value: 1 }, { now: t0 }))!;
		// Instance A takes the job and dies without finishing it.
		const claimed = await queue.claim(['test.slow'], 'instance-a', t0, () => 60_000);
		expect(claimed?.id).toBe(id);
		const b = createJobRunner(ctx, { definitions, workerId: 'instance-b' });
		expect(await b.tick(later(59))).toBe(0);
		expect(await b.tick(later(60))).toBe(1);
		expect((await jobRow(id)).status).toBe('done');
		expect((await jobRow(id)).attempts).toBe(2);
		// A comes back late: its completion must not touch the row any more.
		await queue.fail(claimed!, 'instance-a', 'late', later(61), later(100));
		expect((await jobRow(id)).status).toBe('done');
	});

	it('keeps jobs across a restart: a new runner finds what an old one left', async () => {
		await jobQueue(ctx).enqueue(countJob, { value: 42 }, { now: t0 });
		const restarted = createJobRunner(ctx, { definitions, workerId: 'after-restart' });
		expect(await restarted.tick(t0)).toBe(1);
		expect(seen).toEqual([{ name: 'test.count', value: 42, attempt: 1 }]);
	});
});

describe('recurring schedules', () => {
	it('enqueues a scheduled job when due, once per interval, on one instance only', async () => {
		const queue = jobQueue(ctx);
		await queue.schedule(
			countJob,
			{ value: 9 },
			{ key: 'every-hour', everySeconds: 3600, now: t0 }
		);
		const a = createJobRunner(ctx, { definitions, workerId: 'a' });
		const b = createJobRunner(ctx, { definitions, workerId: 'b' });
		const ran = await Promise.all([a.tick(t0), b.tick(t0)]);
		expect(ran[0] + ran[1]).toBe(1);
		expect(await a.tick(later(1800))).toBe(0);
		expect(await b.tick(later(3600))).toBe(1);
		expect(seen.map((s) => s.value)).toEqual([9, 9]);
		const schedule = await ctx.db
			.selectFrom('job_schedule')
			.selectAll()
			.where('key', '=', 'every-hour')
			.executeTakeFirstOrThrow();
		expect(schedule.next_run_at).toBe(later(7200).toISOString());
	});

	it('after a long pause runs once, not once per missed interval', async () => {
		const queue = jobQueue(ctx);
		await queue.schedule(countJob, { value: 1 }, { key: 's', everySeconds: 3600, now: t0 });
		expect(await createJobRunner(ctx, { definitions }).tick(later(10 * 3600))).toBe(1);
		expect(await createJobRunner(ctx, { definitions }).tick(later(10 * 3600 + 60))).toBe(0);
	});

	it('changes the interval of an existing schedule and removes it on unschedule', async () => {
		const queue = jobQueue(ctx);
		await queue.schedule(countJob, { value: 1 }, { key: 's', everySeconds: 3600, now: t0 });
		await queue.schedule(countJob, { value: 2 }, { key: 's', everySeconds: 7200, now: t0 });
		const rows = await ctx.db.selectFrom('job_schedule').selectAll().execute();
		expect(rows).toHaveLength(1);
		expect(rows[0]!.interval_seconds).toBe(7200);
		expect(JSON.parse(rows[0]!.payload)).toEqual({ value: 2 });
		await queue.unschedule('s');
		expect(await createJobRunner(ctx, { definitions }).tick(t0)).toBe(0);
	});

	it('sets up the built-in cleanup schedule, which deletes old finished jobs', async () => {
		const queue = jobQueue(ctx);
		const old = (await queue.enqueue(countJob, { value: 1 }, { now: t0 }))!;
		await createJobRunner(ctx, { definitions }).tick(t0);
		const runner = createJobRunner(ctx, { definitions: [...definitions, jobsCleanupJob] });
		await runner.tick(later(8 * 86400));
		expect(await ctx.db.selectFrom('job').select('id').where('id', '=', old).execute()).toEqual([]);
		const schedule = await ctx.db
			.selectFrom('job_schedule')
			.selectAll()
			.where('key', '=', 'jobs.cleanup')
			.executeTakeFirst();
		expect(schedule?.interval_seconds).toBe(86400);
	});
});
