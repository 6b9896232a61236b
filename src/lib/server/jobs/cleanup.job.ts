import { z } from 'zod';
import { jobQueue } from './db-queue.ts';
import { defineJob } from './job.types.ts';
import { pruneRateLimits } from '../http/rate-limit.ts';
import { cleanUploadLeftovers } from '../uploads/leftovers.ts';

/**
 * Finished jobs are kept a week (failed ones a month, to look into), then deleted; rate-limit
 * windows older than a day are forgotten (they hold hashed addresses, nothing else); upload
 * leftovers of crashes (temporary and orphaned files, folders of deleted alliances) are removed.
 */
export const DONE_JOBS_KEPT_DAYS = 7;
export const FAILED_JOBS_KEPT_DAYS = 30;
const DAY = 86_400_000;

export const jobsCleanupJob = defineJob({
	name: 'jobs.cleanup',
	schema: z.object({}),
	every: { seconds: 24 * 3600 },
	async run(ctx, _payload, { now }) {
		const removed = await jobQueue(ctx).prune(
			new Date(now.getTime() - DONE_JOBS_KEPT_DAYS * DAY),
			new Date(now.getTime() - FAILED_JOBS_KEPT_DAYS * DAY)
		);
		if (removed) ctx.log.info({ removed }, 'old jobs deleted');
		const windows = await pruneRateLimits(ctx.db, now.getTime() - DAY);
		if (windows) ctx.log.info({ windows }, 'old rate-limit windows deleted');
		const leftovers = await cleanUploadLeftovers(ctx, now);
		if (leftovers.tmp + leftovers.orphans + leftovers.folders) {
			ctx.log.info(leftovers, 'upload leftovers removed');
		}
	}
});
