import { z } from 'zod';
import { defineJob } from '../../jobs/job.types.ts';
import { notifyCancelledRegistrations } from './registration-cancel-notice.ts';
import { deleteExpiredRegistrationData } from './registration-retention.ts';

/** Every six hours: personal data of past events' registrations deleted after their retention. */
export const registrationRetentionJob = defineJob({
	name: 'events.registration.retention',
	schema: z.object({}),
	every: { seconds: 6 * 3600 },
	async run(ctx, _payload, { now }) {
		await deleteExpiredRegistrationData(ctx, now);
	}
});

/** Every five minutes: people registered for a cancelled event or date get a mail, once. */
export const registrationCancelNoticeJob = defineJob({
	name: 'events.registration.cancelNotice',
	schema: z.object({}),
	every: { seconds: 300 },
	async run(ctx, _payload, { now }) {
		await notifyCancelledRegistrations(ctx, now);
	}
});
