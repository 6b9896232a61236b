import { z } from 'zod';
import { defineJob } from '../../jobs/job.types.ts';
import { syncFeed } from './import-sync.service.ts';

/**
 * Syncs one ICS subscription (scheduled per subscription, and on demand). Problems of the feed
 * are recorded on the subscription, not retried: the next scheduled run tries again.
 */
export const importSyncJob = defineJob({
	name: 'events.import.sync',
	schema: z.object({ allianceId: z.string().min(1), feedId: z.string().min(1) }),
	leaseSeconds: 120,
	maxAttempts: 3,
	async run(ctx, payload, { now }) {
		await syncFeed(ctx, payload.allianceId, payload.feedId, now);
	}
});
