import { sql } from 'kysely';
import type { DB } from '../db/db.ts';

export async function pingDatabase(db: DB): Promise<void> {
	await sql`select 1`.execute(db);
}

export async function countJobsByStatus(db: DB): Promise<Record<string, number>> {
	const rows = await db
		.selectFrom('job')
		.select(['status', (eb) => eb.fn.countAll<number>().as('n')])
		.groupBy('status')
		.execute();
	return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}
