import type { ServiceContext } from '../context.ts';
import { lastJobPollAt, startJobRunner, type JobRunner } from './job-runner.ts';
import { JOB_DEFINITIONS } from './registry.ts';

let runner: JobRunner | null = null;
let startedAt = 0;

/** Polls at least every 3 s (15 s after an error); two minutes without one means it is stuck. */
const STALLED_MS = 120_000;

/** For /healthz: 'disabled' when this instance runs no jobs (JOB_RUNNER=false). */
export function jobRunnerStatus(now = Date.now()): 'ok' | 'stalled' | 'disabled' {
	if (!runner) return 'disabled';
	const last = Math.max(lastJobPollAt(), startedAt);
	return now - last > STALLED_MS ? 'stalled' : 'ok';
}

/**
 * Starts this instance's job runner once (app.ts, after the app is built) and stops it when the
 * server shuts down ('sveltekit:shutdown', emitted by adapter-node and by scripts/start.ts).
 * JOB_RUNNER=false leaves the jobs to other instances.
 */
export function startJobs(ctx: ServiceContext, settings: { enabled: boolean }): void {
	if (runner || !settings.enabled) return;
	runner = startJobRunner(ctx, { definitions: JOB_DEFINITIONS });
	startedAt = Date.now();
	process.once('sveltekit:shutdown', () => void stopJobs());
}

/** Stops polling and waits for the job that is running. */
async function stopJobs(): Promise<void> {
	const current = runner;
	runner = null;
	await current?.stop();
}
