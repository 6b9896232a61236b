import { z } from 'zod';
import { defineJob } from '../../jobs/job.types.ts';
import { deleteUnconfirmedIdeas } from '../../ideas/idea-retention.ts';
import { cleanUpSubmissions } from './submission.service.ts';

/**
 * Hourly: unconfirmed reports expire, senders of decided reports are forgotten after a while;
 * unconfirmed idea proposals and supports (the other public double opt-in) go after the same period.
 */
export const submissionCleanupJob = defineJob({
	name: 'events.submission.cleanup',
	schema: z.object({}),
	every: { seconds: 3600 },
	async run(ctx, _payload, { now }) {
		await cleanUpSubmissions(ctx, now);
		await deleteUnconfirmedIdeas(ctx, now);
	}
});
