import { sql } from 'kysely';
import type { DB } from '../db/db.ts';

/* SQL of the rate limits (http/rate-limit.ts holds the rules). */

/** Counts one hit of `key` in the window starting at `windowStart`; returns the window's count. */
export async function countHit(db: DB, key: string, windowStart: number): Promise<number> {
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
	return row?.count ?? 0;
}

export function findWindow(db: DB, key: string) {
	return db
		.selectFrom('rate_limit')
		.select(['count', 'window_start'])
		.where('key', '=', key)
		.executeTakeFirst();
}

export async function deleteWindowsBefore(db: DB, before: number): Promise<number> {
	const result = await db
		.deleteFrom('rate_limit')
		.where('window_start', '<', before)
		.executeTakeFirst();
	return Number(result.numDeletedRows);
}
