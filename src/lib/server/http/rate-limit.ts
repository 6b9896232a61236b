import { sql } from 'kysely';
import type { DB } from '../db/db.ts';

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
	await db
		.insertInto('rate_limit')
		.values({ key, window_start: windowStart, count: 1 })
		.onConflict((oc) =>
			oc.column('key').doUpdateSet({
				count: sql`case when rate_limit.window_start = ${windowStart} then rate_limit.count + 1 else 1 end`,
				window_start: windowStart
			})
		)
		.execute();
	const row = await db
		.selectFrom('rate_limit')
		.select('count')
		.where('key', '=', key)
		.executeTakeFirst();
	return (row?.count ?? 0) <= limit;
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
	const result = await db
		.deleteFrom('rate_limit')
		.where('window_start', '<', before)
		.executeTakeFirst();
	return Number(result.numDeletedRows);
}
