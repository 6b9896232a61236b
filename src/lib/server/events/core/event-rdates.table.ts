import type { Generated } from 'kysely';

/*
 * The `rdates` column of `event` (migration 2026-12-06T1100-event-rdates), added to the row
 * type here rather than in db/schema.ts.
 */
declare module '../../db/schema.ts' {
	interface EventTable {
		/** JSON array of UTC instants: extra dates of the series (RDATE) */
		rdates: Generated<string>;
	}
}

export {};
