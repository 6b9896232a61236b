import { z } from 'zod';
import { defineJob } from '../../jobs/job.types.ts';
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
