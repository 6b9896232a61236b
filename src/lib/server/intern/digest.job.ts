import { z } from 'zod';
import { defineJob } from '../jobs/job.types.ts';
import { sendDueDigests } from './digest.service.ts';

/**
 * Checks every hour which members' weekly digest is due (seven days after the last one) and
 * sends it. Registered in jobs/registry.ts; the job runner of any one instance runs it.
 */
export const internDigestJob = defineJob({
	name: 'intern.digest',
	schema: z.object({}),
	every: { seconds: 3600 },
	async run(ctx, _payload, { now }) {
		const sent = await sendDueDigests(ctx, now);
		if (sent) ctx.log.info({ sent }, 'weekly digests sent');
	}
});
