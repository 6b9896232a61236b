import os from 'node:os';
import type { ServiceContext } from '../context.ts';
import { backoffSeconds } from './backoff.ts';
import { jobQueue } from './db-queue.ts';
import type { ClaimedJob, JobDefinition, JobQueue } from './job.types.ts';
import { mailAlliance } from '../mail/mail-scope.ts';

/*
 * The runner polls the queue every few seconds: it turns due schedules into jobs, takes due
 * jobs one at a time under a lease and runs their handlers. Several app instances may run it at
 * once; the queue makes sure each job runs on one of them. Started from app.ts, never in tests
 * (tests call tick() themselves).
 */

const DEFAULT_LEASE_SECONDS = 300;

/** Thrown by a handler when retrying cannot help (e.g. the subscription was deleted). */
export class PermanentJobError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'PermanentJobError';
	}
}

export interface JobRunnerOptions {
	definitions: readonly JobDefinition[];
	/** Pause between polls when the queue is empty (default 3 s) */
	pollMs?: number;
	/** Most jobs per poll (default 20) */
	batch?: number;
	workerId?: string;
	queue?: JobQueue;
	clock?: () => Date;
}

export interface JobRunner {
	readonly workerId: string;
	/** One poll: due schedules → jobs, then due jobs run. Returns how many jobs ran. */
	tick(now?: Date): Promise<number>;
	/** Stops polling and waits for the job that is running. */
	stop(): Promise<void>;
}

function errorText(error: unknown): string {
	if (error instanceof Error) return `${error.name}: ${error.message}`;
	return String(error);
}

export function createJobRunner(ctx: ServiceContext, options: JobRunnerOptions): JobRunner {
	const queue = options.queue ?? jobQueue(ctx);
	const byName = new Map(options.definitions.map((d) => [d.name, d]));
	const names = [...byName.keys()];
	const workerId = options.workerId ?? `${os.hostname()}:${process.pid}:${crypto.randomUUID()}`;
	const clock = options.clock ?? (() => new Date());
	const batch = options.batch ?? 20;
	let schedulesReady = false;

	const leaseMs = (name: string) =>
		(byName.get(name)?.leaseSeconds ?? DEFAULT_LEASE_SECONDS) * 1000;

	async function ensureBuiltInSchedules(now: Date) {
		for (const definition of options.definitions) {
			if (!definition.every) continue;
			await queue.schedule(
				definition,
				{},
				{
					key: definition.name,
					everySeconds: definition.every.seconds,
					now
				}
			);
		}
		schedulesReady = true;
	}

	async function runOne(job: ClaimedJob, time: () => Date): Promise<void> {
		const now = time();
		const definition = byName.get(job.name);
		const log = ctx.log.child({ job: job.name, jobId: job.id, attempt: job.attempts });
		if (!definition) return; // cannot happen: we only claim known names
		if (job.attempts > job.maxAttempts) {
			log.error('job given up: its lease ran out too often');
			await queue.fail(job, workerId, 'lease expired too often', now, null);
			return;
		}
		let payload: unknown;
		try {
			payload = definition.schema.parse(JSON.parse(job.payload));
		} catch (error) {
			log.error({ err: error }, 'job payload does not match its schema; given up');
			await queue.fail(job, workerId, `invalid payload: ${errorText(error)}`, now, null);
			return;
		}
		try {
			const run = () =>
				definition.run(ctx, payload, {
					id: job.id,
					attempt: job.attempts,
					maxAttempts: job.maxAttempts,
					allianceId: job.allianceId,
					now
				});
			// A job of one alliance sends its mails with that alliance's logo (mail/mail-scope.ts).
			await (job.allianceId ? mailAlliance.run(job.allianceId, run) : run());
			await queue.complete(job, workerId, time());
		} catch (error) {
			const permanent = error instanceof PermanentJobError;
			const retry = !permanent && job.attempts < job.maxAttempts;
			const at = time();
			const retryAt = retry ? new Date(at.getTime() + backoffSeconds(job.attempts) * 1000) : null;
			log[retry ? 'warn' : 'error']({ err: error, retryAt }, 'job failed');
			await queue.fail(job, workerId, errorText(error), at, retryAt);
		}
	}

	let stopped = false;
	/** Ticks run one after another, never overlapping. */
	let chain: Promise<unknown> = Promise.resolve();

	async function tick(at?: Date): Promise<number> {
		const time = at ? () => at : clock;
		const now = time();
		if (!schedulesReady) await ensureBuiltInSchedules(now);
		await queue.enqueueDueSchedules(now);
		let ran = 0;
		while (ran < batch && !stopped) {
			const job = await queue.claim(names, workerId, time(), leaseMs);
			if (!job) break;
			await runOne(job, time);
			ran++;
		}
		return ran;
	}

	return {
		workerId,
		tick(at) {
			const run = chain.then(() => tick(at));
			chain = run.catch(() => 0);
			return run;
		},
		async stop() {
			stopped = true;
			await chain;
		}
	};
}

let lastPollAt = 0;

/** When this process's job runner last polled successfully (ms since epoch; 0: not yet). */
export function lastJobPollAt(): number {
	return lastPollAt;
}

/**
 * Starts polling (app.ts). Errors of a poll (e.g. the database is briefly unreachable) are
 * logged and the next poll tries again.
 */
export function startJobRunner(ctx: ServiceContext, options: JobRunnerOptions): JobRunner {
	const runner = createJobRunner(ctx, options);
	const pollMs = options.pollMs ?? 3000;
	let timer: NodeJS.Timeout | null = null;
	let active = true;
	const loop = async () => {
		if (!active) return;
		try {
			const ran = await runner.tick();
			lastPollAt = Date.now();
			// A full batch: more may be waiting, look again at once.
			timer = setTimeout(loop, ran >= (options.batch ?? 20) ? 0 : pollMs);
		} catch (error) {
			ctx.log.error({ err: error }, 'job runner poll failed');
			timer = setTimeout(loop, pollMs * 5);
		}
		timer?.unref();
	};
	timer = setTimeout(loop, pollMs);
	timer.unref();
	ctx.log.info({ worker: runner.workerId, jobs: options.definitions.length }, 'job runner started');
	return {
		workerId: runner.workerId,
		tick: runner.tick,
		async stop() {
			active = false;
			if (timer) clearTimeout(timer);
			await runner.stop();
			ctx.log.info('job runner stopped');
		}
	};
}
