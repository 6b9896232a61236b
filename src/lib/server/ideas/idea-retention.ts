import type { ServiceContext } from '../context.ts';
import { CONFIRMATION_HOURS } from '../events/workflows/submission.service.ts';
import * as repo from './idea.repository.ts';

/*
 * Data minimisation: a proposal whose address is never confirmed, and a support never
 * confirmed, are deleted — with the address (or its checksum) they hold. Run hourly by the job
 * events.submission.cleanup (events/workflows/submission.job.ts), beside the public event
 * reports; listed in privacy/retention.ts.
 */

/**
 * How long an unconfirmed proposal or support is kept: the same period as the other public
 * double opt-in without an account, "Termin melden" (CONFIRMATION_HOURS, 48 hours), so that the
 * privacy text can name one period for both public forms.
 */
export const UNCONFIRMED_IDEA_HOURS = CONFIRMATION_HOURS;

/** Made before this moment: no longer kept unconfirmed (the link and the clean-up agree). */
function keptSince(now: Date): Date {
	return new Date(now.getTime() - UNCONFIRMED_IDEA_HOURS * 3600_000);
}

/**
 * Whether a confirmation link made at `createdAt` has run out: it is good for as long as its
 * unconfirmed proposal or support is kept, also in the hour before the clean-up removes it.
 */
export function confirmationExpired(createdAt: string, now = new Date()): boolean {
	return Date.parse(createdAt) < keptSince(now).getTime();
}

/** Deletes unconfirmed proposals and supports older than UNCONFIRMED_IDEA_HOURS (all alliances). */
export async function deleteUnconfirmedIdeas(
	ctx: Pick<ServiceContext, 'db' | 'log'>,
	now = new Date()
): Promise<{ ideas: number; supports: number }> {
	const removed = await repo.deleteUnconfirmedBefore(ctx.db, keptSince(now).toISOString());
	if (removed.ideas || removed.supports) ctx.log.info(removed, 'unconfirmed ideas deleted');
	return removed;
}
