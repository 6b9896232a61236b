import type { Kysely } from 'kysely';

/*
 * An alliance goes public when it is ready: `live_since` is null while the site is not yet
 * public (visitors see a holding page), `privacy_reviewed_at` records that a coordinator read
 * and confirmed the privacy policy (part of the go-live checklist). Alliances that exist when
 * this runs are already public and stay so.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('alliance').addColumn('live_since', 'text').execute();
	await db.schema.alterTable('alliance').addColumn('privacy_reviewed_at', 'text').execute();
	const now = new Date().toISOString();
	await db.updateTable('alliance').set({ live_since: now, privacy_reviewed_at: now }).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('alliance').dropColumn('privacy_reviewed_at').execute();
	await db.schema.alterTable('alliance').dropColumn('live_since').execute();
}
