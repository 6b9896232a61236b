import type { Insertable, Selectable } from 'kysely';
import type { DB } from '../../db/db.ts';
import type { EventSubmissionTable } from './submission.table.ts';

/* SQL for public submissions awaiting email confirmation. No rules here. */

export type SubmissionRow = Selectable<EventSubmissionTable>;

export async function insertSubmission(
	db: DB,
	row: Insertable<EventSubmissionTable>
): Promise<void> {
	await db.insertInto('event_submission').values(row).execute();
}

export function findSubmissionByTokenHash(
	db: DB,
	allianceId: string,
	tokenHash: string
): Promise<SubmissionRow | undefined> {
	return db
		.selectFrom('event_submission')
		.selectAll()
		.where('alliance_id', '=', allianceId)
		.where('token_hash', '=', tokenHash)
		.executeTakeFirst();
}

/** Marks a submission confirmed, only once (false: someone else was faster). */
export async function claimConfirmation(db: DB, id: string, now: string): Promise<boolean> {
	const result = await db
		.updateTable('event_submission')
		.set({ confirmed_at: now })
		.where('id', '=', id)
		.where('confirmed_at', 'is', null)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) > 0;
}

/** Undoes a claim whose event could not be created (so the link still works later). */
export async function releaseConfirmation(db: DB, id: string): Promise<void> {
	await db
		.updateTable('event_submission')
		.set({ confirmed_at: null })
		.where('id', '=', id)
		.execute();
}

export async function setSubmissionEvent(db: DB, id: string, eventId: string): Promise<void> {
	await db
		.updateTable('event_submission')
		.set({ event_id: eventId })
		.where('id', '=', id)
		.execute();
}

/**
 * Deletes unconfirmed submissions past their expiry and confirmed ones older than `confirmedBefore`
 * (the event keeps what is needed). All alliances: the clean-up job.
 */
export async function deleteOldSubmissions(
	db: DB,
	now: string,
	confirmedBefore: string
): Promise<number> {
	const result = await db
		.deleteFrom('event_submission')
		.where((eb) =>
			eb.or([
				eb.and([eb('confirmed_at', 'is', null), eb('expires_at', '<', now)]),
				eb('confirmed_at', '<', confirmedBefore)
			])
		)
		.executeTakeFirst();
	return Number(result.numDeletedRows);
}

/**
 * Forgets the sender of publicly reported events once decided long enough ago (data
 * minimisation); returns how many events were cleaned.
 */
export async function clearOldSubmitters(db: DB, decidedBefore: string): Promise<number> {
	const result = await db
		.updateTable('event')
		.set({ submitter_name: null, submitter_email: null })
		.where('source', '=', 'submission')
		.where('status', 'in', ['published', 'rejected', 'cancelled'])
		.where('updated_at', '<', decidedBefore)
		.where('submitter_email', 'is not', null)
		.executeTakeFirst();
	return Number(result.numUpdatedRows);
}

/** Events organised by the given partners (a partner contact's own list), newest start first. */
export function findEventsOfPartners(db: DB, allianceId: string, partnerIds: readonly string[]) {
	if (!partnerIds.length) return Promise.resolve([]);
	return db
		.selectFrom('event')
		.innerJoin('partner', 'partner.id', 'event.organiser_partner_id')
		.select([
			'event.id',
			'event.slug',
			'event.title',
			'event.status',
			'event.status_note',
			'event.start_utc',
			'event.end_utc',
			'event.all_day',
			'event.rrule',
			'event.source',
			'event.registration_enabled',
			'event.updated_at',
			'partner.name as partner_name'
		])
		.where('event.alliance_id', '=', allianceId)
		.where('event.organiser_partner_id', 'in', partnerIds)
		.orderBy('event.start_utc', 'desc')
		.orderBy('event.id')
		.limit(500)
		.execute();
}
