import { z } from 'zod';
import { defineJob } from '../../jobs/job.types.ts';
import { cleanUpSubmissions } from './submission.service.ts';

/** Hourly: unconfirmed reports expire, senders of decided reports are forgotten after a while. */
export const submissionCleanupJob = defineJob({
	name: 'events.submission.cleanup',
	schema: z.object({}),
	every: { seconds: 3600 },
	async run(ctx, _payload, { now }) {
		await cleanUpSubmissions(ctx, now);
	}
});
