import type { ServiceContext } from '../context.ts';
import { jobRunnerStatus } from '../jobs/start.ts';
import { countJobsByStatus, pingDatabase } from './ops.repository.ts';
import { renderMetrics } from './metrics.ts';
import type { PageCache } from '../cache/page-cache.ts';

/*
 * /healthz for load balancers and monitoring: the database answers (within 2 s) and this
 * instance's job runner polls (or is switched off with JOB_RUNNER=false). Says nothing else.
 */

export interface Health {
	ok: boolean;
	database: 'ok' | 'unreachable';
	jobs: 'ok' | 'stalled' | 'disabled';
}

export async function checkHealth(ctx: Pick<ServiceContext, 'db'>): Promise<Health> {
	let database: Health['database'] = 'ok';
	try {
		await Promise.race([
			pingDatabase(ctx.db),
			new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000).unref())
		]);
	} catch {
		database = 'unreachable';
	}
	const jobs = jobRunnerStatus();
	return { ok: database === 'ok' && jobs !== 'stalled', database, jobs };
}

export async function metricsText(
	ctx: Pick<ServiceContext, 'db'> & { pageCache?: PageCache }
): Promise<string> {
	const jobs = await countJobsByStatus(ctx.db).catch(() => ({}) as Record<string, number>);
	const cache = ctx.pageCache;
	return renderMetrics({
		jobsQueued: jobs.queued ?? 0,
		jobsFailed: jobs.failed ?? 0,
		pageCache: cache && { entries: cache.size, bytes: cache.byteSize, budget: cache.budget }
	});
}
