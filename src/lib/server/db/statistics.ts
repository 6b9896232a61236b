import { PostgresAdapter, sql } from 'kysely';
import type { DB } from './db.ts';

/**
 * Refreshes the planner's statistics after the data changed a lot (start, bulk imports):
 * PostgreSQL's ANALYZE (a home-page query went from 1.4 s to 1 ms with fresh statistics),
 * SQLite's PRAGMA optimize.
 */
export async function refreshStatistics(db: DB): Promise<void> {
	if (db.getExecutor().adapter instanceof PostgresAdapter) await sql`analyze`.execute(db);
	else {
		// All tables (0x10000), re-analysed where the row count changed a lot since the last
		// time (offers analysed at 59 rows kept that plan at 5,000); a bounded sample each.
		await sql`pragma analysis_limit = 1000`.execute(db);
		await sql`pragma optimize = 0x10002`.execute(db);
	}
}
