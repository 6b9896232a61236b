import { z } from 'zod';
import { defineJob } from '../jobs/job.types.ts';
import { anonymiseClosedConcerns, remindWaitingConcerns } from './concern-retention.ts';

/** Daily: remind coordinators of concerns waiting too long; anonymise old closed concerns. */
export const concernDailyJob = defineJob({
	name: 'concerns.daily',
	schema: z.object({}),
	every: { seconds: 24 * 3600 },
	async run(ctx, _payload, { now }) {
		const reminded = await remindWaitingConcerns(ctx, now);
		const anonymised = await anonymiseClosedConcerns(ctx, now);
		if (reminded || anonymised) ctx.log.info({ reminded, anonymised }, 'concerns: daily job');
	}
});
