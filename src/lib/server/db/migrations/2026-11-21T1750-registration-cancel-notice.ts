import type { Kysely } from 'kysely';

/*
 * Registrations learn when their event (or their date of a series) is cancelled: the job that
 * mails them notes here when it did, so nobody gets the news twice.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('event_registration').addColumn('cancel_notice_at', 'text').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('event_registration').dropColumn('cancel_notice_at').execute();
}
