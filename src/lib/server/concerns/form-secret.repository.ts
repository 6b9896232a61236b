import type { DB } from '../db/db.ts';

/** The installation's key for signing form tokens: created once, then read (race-safe). */
export async function ensureFormSecret(db: DB, candidate: string): Promise<string> {
	await db
		.insertInto('form_secret')
		.values({ id: 'forms', secret: candidate, created_at: new Date().toISOString() })
		.onConflict((oc) => oc.column('id').doNothing())
		.execute();
	const row = await db
		.selectFrom('form_secret')
		.select('secret')
		.where('id', '=', 'forms')
		.executeTakeFirstOrThrow();
	return row.secret;
}
