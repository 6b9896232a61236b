import { z } from 'zod';
import { defineJob } from '../jobs/job.types.ts';
import { sendDueReminders } from './offer-check.service.ts';

/** Once a day: reminder mails for offers not checked for a year (offer-check.service.ts). */
export const offerCheckJob = defineJob({
	name: 'offers.check',
	schema: z.object({}),
	every: { seconds: 24 * 3600 },
	async run(ctx, _payload, { now }) {
		const sent = await sendDueReminders(ctx, now);
		if (sent) ctx.log.info({ sent }, 'offer reminders sent');
	}
});
