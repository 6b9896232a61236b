import { z } from 'zod';
import { jobQueue } from '../jobs/db-queue.ts';
import { defineJob } from '../jobs/job.types.ts';
import { newsletterRate } from '../newsletter/newsletter.job.ts';
import { sendBatch, sendDedupeKey } from './plenum-batch.service.ts';

/*
 * plenum.send sends one batch of a plenum's mails (invitation, reminder or minutes) at the
 * newsletter's rate and queues the next batch while addresses are left; state lives in the
 * delivery rows, so a restart resumes where it stopped. (plenum.reminders, in
 * plenum-reminders.job.ts, starts the reminders that are due.)
 */

export const plenumSendJob = defineJob({
	name: 'plenum.send',
	schema: z.object({
		plenumId: z.string().min(1),
		kind: z.enum(['invitation', 'reminder', 'minutes']),
		batch: z.number().int().min(1)
	}),
	leaseSeconds: 900,
	maxAttempts: 10,
	async run(ctx, payload, { allianceId, now }) {
		if (!allianceId) return;
		const rate = newsletterRate();
		const result = await sendBatch(ctx, allianceId, payload.plenumId, payload.kind, rate.batchSize);
		if (!result) return;
		ctx.log.info({ ...payload, ...result }, 'plenum batch sent');
		if (result.remaining > 0) {
			const batch = payload.batch + 1;
			await jobQueue(ctx).enqueue(
				plenumSendJob,
				{ plenumId: payload.plenumId, kind: payload.kind, batch },
				{
					allianceId,
					dedupeKey: sendDedupeKey(payload.plenumId, payload.kind, batch),
					runAt: new Date(now.getTime() + rate.intervalSeconds * 1000),
					now
				}
			);
		}
	}
});
