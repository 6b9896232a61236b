import type { ServiceContext } from '../../context.ts';
import { DEFAULT_CALENDAR_SETTINGS } from '../core/moderation.settings.ts';
import * as repo from './registration.repository.ts';

const DAY = 86_400_000;
const BATCH = 500;

/**
 * Deletes the personal data (name, email, note, link) of registrations whose event ended more
 * than its retention period ago: the event's own number of days, else the alliance's default,
 * else 30. The counts stay for statistics. Returns how many were emptied.
 */
export async function deleteExpiredRegistrationData(
	ctx: Pick<ServiceContext, 'db' | 'log'>,
	now = new Date()
): Promise<number> {
	const nowIso = now.toISOString();
	let total = 0;
	let after: { start: string; id: string } | null = null;
	for (;;) {
		const candidates = await repo.findRetentionCandidates(ctx.db, nowIso, after, BATCH);
		const due = candidates.filter((c) => {
			const duration = Math.max(0, Date.parse(c.end_utc) - Date.parse(c.start_utc));
			const end = Date.parse(c.occurrence_start) + duration;
			const days =
				c.registration_retention_days ??
				c.default_retention_days ??
				DEFAULT_CALENDAR_SETTINGS.registrationRetentionDays;
			return end + days * DAY <= now.getTime();
		});
		total += await repo.anonymise(
			ctx.db,
			due.map((c) => c.id),
			nowIso
		);
		const last = candidates[candidates.length - 1];
		if (!last || candidates.length < BATCH) break;
		after = { start: last.occurrence_start, id: last.id };
	}
	if (total) ctx.log.info({ count: total }, 'registrations: personal data deleted after retention');
	return total;
}
