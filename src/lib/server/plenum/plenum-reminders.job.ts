import { z } from 'zod';
import { defineJob } from '../jobs/job.types.ts';
import { deleteExpiredPlenumAddresses } from './plenum-retention.ts';
import { startDueReminders } from './plenum-send.service.ts';

/** Every 15 minutes: starts the plenum reminders that are due and deletes the addresses of plena long past. */
export const plenumRemindersJob = defineJob({
	name: 'plenum.reminders',
	schema: z.object({}),
	every: { seconds: 900 },
	async run(ctx, _payload, { now }) {
		const started = await startDueReminders(ctx, now);
		if (started) ctx.log.info({ started }, 'plenum reminders started');
		await deleteExpiredPlenumAddresses(ctx, now);
	}
});
