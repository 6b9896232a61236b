import { z } from 'zod';
import { env } from '../env.ts';
import { jobQueue } from '../jobs/db-queue.ts';
import { defineJob } from '../jobs/job.types.ts';
import { sendBatch } from './newsletter-send.service.ts';
import { deleteUnconfirmed } from './newsletter-subscribe.service.ts';

/*
 * newsletter.send sends one batch of an issue (NEWSLETTER_BATCH_SIZE mails) and, while
 * addresses are left, queues the next batch NEWSLETTER_BATCH_INTERVAL_SECONDS later — the rate
 * the SMTP server allows. State lives in the delivery rows, so a restart resumes where it
 * stopped. newsletter.cleanup deletes subscriptions never confirmed.
 */

export interface NewsletterRate {
	batchSize: number;
	intervalSeconds: number;
}

export function newsletterRate(): NewsletterRate {
	const e = env();
	return {
		batchSize: e.NEWSLETTER_BATCH_SIZE,
		intervalSeconds: e.NEWSLETTER_BATCH_INTERVAL_SECONDS
	};
}

export const sendDedupeKey = (issueId: string, batch: number) => `newsletter:${issueId}:${batch}`;

export const newsletterSendJob = defineJob({
	name: 'newsletter.send',
	schema: z.object({ issueId: z.string().min(1), batch: z.number().int().min(1) }),
	leaseSeconds: 900,
	maxAttempts: 10,
	async run(ctx, payload, { allianceId, now }) {
		if (!allianceId) return;
		const rate = newsletterRate();
		const result = await sendBatch(ctx, allianceId, payload.issueId, rate.batchSize);
		if (!result) return; // issue deleted or already sent
		ctx.log.info(
			{ issueId: payload.issueId, batch: payload.batch, ...result },
			'newsletter batch sent'
		);
		if (result.remaining > 0) {
			await jobQueue(ctx).enqueue(
				newsletterSendJob,
				{ issueId: payload.issueId, batch: payload.batch + 1 },
				{
					allianceId,
					dedupeKey: sendDedupeKey(payload.issueId, payload.batch + 1),
					runAt: new Date(now.getTime() + rate.intervalSeconds * 1000),
					now
				}
			);
		}
	}
});

export const newsletterCleanupJob = defineJob({
	name: 'newsletter.cleanup',
	schema: z.object({}),
	every: { seconds: 6 * 3600 },
	async run(ctx, _payload, { now }) {
		const removed = await deleteUnconfirmed(ctx, now);
		if (removed) ctx.log.info({ removed }, 'unconfirmed newsletter subscriptions deleted');
	}
});
