import type { ServiceContext } from '../context.ts';
import { startJobRunner, type JobRunner } from './job-runner.ts';
import { JOB_DEFINITIONS } from './registry.ts';

let runner: JobRunner | null = null;

/**
 * Starts this instance's job runner once (app.ts, after the app is built) and stops it when the
 * server shuts down ('sveltekit:shutdown', emitted by adapter-node and by scripts/start.ts).
 * JOB_RUNNER=false leaves the jobs to other instances.
 */
export function startJobs(ctx: ServiceContext, settings: { enabled: boolean }): void {
	if (runner || !settings.enabled) return;
	runner = startJobRunner(ctx, { definitions: JOB_DEFINITIONS });
	process.once('sveltekit:shutdown', () => void stopJobs());
}

/** Stops polling and waits for the job that is running. */
export async function stopJobs(): Promise<void> {
	const current = runner;
	runner = null;
	await current?.stop();
}
