import { SESSION_DAYS } from '../auth/auth.ts';
import { DEFAULT_RETENTION_MONTHS } from '../concerns/concern-setup.service.ts';
import { CONFIRMATION_HOURS, SUBMITTER_KEPT_DAYS } from '../events/workflows/submission.service.ts';
import { DEFAULT_CALENDAR_SETTINGS } from '../events/core/moderation.settings.ts';
import { UNCONFIRMED_IDEA_HOURS } from '../ideas/idea-retention.ts';
import { DONE_JOBS_KEPT_DAYS, FAILED_JOBS_KEPT_DAYS } from '../jobs/cleanup.job.ts';
import { PLENUM_ADDRESSES_KEPT_DAYS } from '../plenum/plenum-retention.ts';

/*
 * Every kind of personal data the platform keeps, how long, and which code enforces it — in
 * one place. The admin page of data protection requests shows this list; docs/privacy.md
 * refers to it. Numbers come from the constants the jobs use, so the list cannot drift.
 */

export interface RetentionRule {
	/** Label key `privacyRequests.retention.<key>.what` / `.period` */
	key: string;
	/** Values for the period text */
	params: Record<string, number>;
	/** Where it is enforced (file and job), for operators and auditors */
	enforcedIn: string;
}

export const RETENTION_RULES: readonly RetentionRule[] = [
	{
		key: 'registrations',
		params: { days: DEFAULT_CALENDAR_SETTINGS.registrationRetentionDays },
		enforcedIn: 'events/registration/registration-retention.ts (job registration)'
	},
	{
		key: 'submissions',
		params: { hours: CONFIRMATION_HOURS, days: SUBMITTER_KEPT_DAYS },
		enforcedIn: 'events/submission.service.ts cleanUpSubmissions (job events.submissions)'
	},
	{
		key: 'concerns',
		params: { months: DEFAULT_RETENTION_MONTHS },
		enforcedIn: 'concerns/concern-retention.ts anonymiseClosedConcerns (job concerns.daily)'
	},
	{
		key: 'sessions',
		params: { days: SESSION_DAYS },
		enforcedIn: 'auth/auth.ts (Better Auth session expiry)'
	},
	{
		key: 'rateLimits',
		params: { days: 1 },
		enforcedIn: 'jobs/cleanup.job.ts pruneRateLimits (job jobs.cleanup)'
	},
	{
		key: 'jobs',
		params: { days: DONE_JOBS_KEPT_DAYS, failedDays: FAILED_JOBS_KEPT_DAYS },
		enforcedIn: 'jobs/cleanup.job.ts (job jobs.cleanup)'
	},
	{
		key: 'plenumMails',
		params: { days: PLENUM_ADDRESSES_KEPT_DAYS },
		enforcedIn: 'plenum/plenum-retention.ts deleteExpiredPlenumAddresses (job plenum.reminders)'
	},
	{
		key: 'ideas',
		params: { hours: UNCONFIRMED_IDEA_HOURS },
		enforcedIn:
			'ideas/idea-retention.ts deleteUnconfirmedIdeas (job events.submission.cleanup); privacy/sources.ts (on request)'
	},
	{
		key: 'partnerApplications',
		params: {},
		enforcedIn: 'privacy/sources.ts (on request only)'
	},
	{
		key: 'workingGroups',
		params: {},
		enforcedIn: 'privacy/sources.ts (on request only)'
	},
	{
		key: 'accounts',
		params: {},
		enforcedIn: 'admin/personen, privacy/sources.ts (membership ends on request)'
	},
	{
		key: 'privacyRequests',
		params: {},
		enforcedIn: 'audit_log (hash of the address and counts only)'
	}
];
