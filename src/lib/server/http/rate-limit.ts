import type { DB } from '../db/db.ts';
import { countHit, deleteWindowsBefore, findWindow } from './rate-limit.repository.ts';

/**
 * Fixed-window rate limit kept in the database, so that several app instances share it.
 * Returns true when the action may go ahead (and counts it).
 */
export async function hitRateLimit(
	db: DB,
	key: string,
	limit: number,
	windowMs = 60_000,
	now = Date.now()
): Promise<boolean> {
	const windowStart = now - (now % windowMs);
	return (await countHit(db, key, windowStart)) <= limit;
}

/** How often `key` was counted in the current window (without counting). */
export async function peekRateLimit(
	db: DB,
	key: string,
	windowMs = 60_000,
	now = Date.now()
): Promise<number> {
	const windowStart = now - (now % windowMs);
	const row = await findWindow(db, key);
	return row && Number(row.window_start) === windowStart ? row.count : 0;
}

/** How many times the per-alliance allowance an address gets across the whole installation. */
export const INSTALLATION_FACTOR = 2;

/**
 * The limit of an anonymous form (application, event submission, registration, contact): per
 * address in this alliance, and per address across all alliances of the installation, so that
 * an installation with many alliances does not multiply what one address may send. Counts the
 * attempt; true when it may go ahead.
 */
export async function hitFormLimit(
	db: DB,
	input: {
		/** the form, e.g. 'submission', 'partner-apply', 'registration', 'contact' */
		form: string;
		allianceId: string;
		client: string;
		/** per address and alliance in the window */
		limit: number;
		windowMs: number;
		/** per address across all alliances; INSTALLATION_FACTOR × limit when absent */
		installationLimit?: number;
		now?: number;
	}
): Promise<boolean> {
	const now = input.now ?? Date.now();
	const inAlliance = await hitRateLimit(
		db,
		`${input.form}:${input.allianceId}:${input.client}`,
		input.limit,
		input.windowMs,
		now
	);
	const inInstallation = await hitRateLimit(
		db,
		`${input.form}:*:${input.client}`,
		input.installationLimit ?? input.limit * INSTALLATION_FACTOR,
		input.windowMs,
		now
	);
	return inAlliance && inInstallation;
}

/** The client's address as the adapter reports it (behind a proxy: set ADDRESS_HEADER). */
export function clientKey(event: { getClientAddress(): string }): string {
	try {
		return event.getClientAddress();
	} catch {
		return 'unknown';
	}
}

/** Forgets counting windows that started before `before` (the daily clean-up job). */
export async function pruneRateLimits(db: DB, before: number): Promise<number> {
	return deleteWindowsBefore(db, before);
}
