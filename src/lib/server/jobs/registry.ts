import {
	registrationCancelNoticeJob,
	registrationRetentionJob
} from '../events/registration/registration.job.ts';
import { internDigestJob } from '../intern/digest.job.ts';
import { submissionCleanupJob } from '../events/workflows/submission.job.ts';
import { importSyncJob } from '../events/import/import.job.ts';
import { jobsCleanupJob } from './cleanup.job.ts';
import { occurrenceHorizonJob } from '../events/core/occurrence-horizon.job.ts';
import { searchIndexJob } from '../search/search.job.ts';
import { offerCheckJob } from '../offers/offer-check.job.ts';
import { concernDailyJob } from '../concerns/concern.job.ts';
import { newsletterCleanupJob, newsletterSendJob } from '../newsletter/newsletter.job.ts';
import { plenumRemindersJob } from '../plenum/plenum-reminders.job.ts';
import { plenumSendJob } from '../plenum/plenum-send.job.ts';
import type { JobDefinition } from './job.types.ts';

/**
 * Every job the runner knows. A definition lives beside its feature; add it here so that the
 * runner claims it. An instance only claims jobs it knows, so a rolling update is safe.
 */
export const JOB_DEFINITIONS: readonly JobDefinition[] = [
	jobsCleanupJob,
	registrationRetentionJob,
	internDigestJob,
	submissionCleanupJob,
	importSyncJob,
	occurrenceHorizonJob,
	registrationCancelNoticeJob,
	searchIndexJob,
	offerCheckJob,
	concernDailyJob,
	newsletterSendJob,
	newsletterCleanupJob,
	plenumSendJob,
	plenumRemindersJob
];
