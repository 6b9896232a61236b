import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { DB, Dialects } from '../../db/db.ts';
import type { EventRegistrationTable, RegistrationStatus } from './registration.table.ts';

/* SQL for registrations and the calendar settings. No rules here. */

export type RegistrationRow = Selectable<EventRegistrationTable>;

/**
 * Serialises registrations of one event: PostgreSQL locks the event row until the transaction
 * ends; SQLite serialises every write transaction anyway.
 */
export async function lockEvent(
	db: DB,
	dialect: Dialects,
	allianceId: string,
	eventId: string
): Promise<void> {
	if (dialect !== 'postgres') return;
	await db
		.selectFrom('event')
		.select('id')
		.where('alliance_id', '=', allianceId)
		.where('id', '=', eventId)
		.forUpdate()
		.execute();
}

export async function insertRegistration(
	db: DB,
	row: Insertable<EventRegistrationTable>
): Promise<void> {
	await db.insertInto('event_registration').values(row).execute();
}

export async function updateRegistration(
	db: DB,
	allianceId: string,
	id: string,
	changes: Updateable<EventRegistrationTable>
): Promise<void> {
	await db
		.updateTable('event_registration')
		.set(changes)
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.execute();
}

export function findRegistrationByTokenHash(
	db: DB,
	allianceId: string,
	tokenHash: string
): Promise<RegistrationRow | undefined> {
	return db
		.selectFrom('event_registration')
		.selectAll()
		.where('alliance_id', '=', allianceId)
		.where('token_hash', '=', tokenHash)
		.executeTakeFirst();
}

export function findRegistrationById(
	db: DB,
	allianceId: string,
	id: string
): Promise<RegistrationRow | undefined> {
	return db
		.selectFrom('event_registration')
		.selectAll()
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.executeTakeFirst();
}

/** An active (confirmed or waiting) registration of this address for the occurrence. */
export function findActiveByEmail(
	db: DB,
	allianceId: string,
	eventId: string,
	occurrenceStart: string,
	email: string
): Promise<RegistrationRow | undefined> {
	return db
		.selectFrom('event_registration')
		.selectAll()
		.where('alliance_id', '=', allianceId)
		.where('event_id', '=', eventId)
		.where('occurrence_start', '=', occurrenceStart)
		.where('email', '=', email)
		.where('status', 'in', ['confirmed', 'waitlisted'])
		.executeTakeFirst();
}

/** The next position of arrival for the event (call while holding the event's lock). */
export async function nextPosition(db: DB, allianceId: string, eventId: string): Promise<number> {
	const row = await db
		.selectFrom('event_registration')
		.select((eb) => eb.fn.max('position').as('last'))
		.where('alliance_id', '=', allianceId)
		.where('event_id', '=', eventId)
		.executeTakeFirst();
	return Number(row?.last ?? 0) + 1;
}

/** Persons (adults + children) and registrations per status for one occurrence. */
export async function countsOf(
	db: DB,
	allianceId: string,
	eventId: string,
	occurrenceStart: string
): Promise<Record<RegistrationStatus, { persons: number; registrations: number }>> {
	const rows = await db
		.selectFrom('event_registration')
		.select((eb) => [
			'status',
			eb.fn.countAll<number>().as('registrations'),
			eb.fn.sum<number>(sql`adults + children`).as('persons')
		])
		.where('alliance_id', '=', allianceId)
		.where('event_id', '=', eventId)
		.where('occurrence_start', '=', occurrenceStart)
		.groupBy('status')
		.execute();
	const empty = () => ({ persons: 0, registrations: 0 });
	const out = { confirmed: empty(), waitlisted: empty(), cancelled: empty() };
	for (const r of rows) {
		out[r.status] = { persons: Number(r.persons ?? 0), registrations: Number(r.registrations) };
	}
	return out;
}

/** The waiting list of an occurrence, first come first. */
export function findWaitlist(
	db: DB,
	allianceId: string,
	eventId: string,
	occurrenceStart: string
): Promise<RegistrationRow[]> {
	return db
		.selectFrom('event_registration')
		.selectAll()
		.where('alliance_id', '=', allianceId)
		.where('event_id', '=', eventId)
		.where('occurrence_start', '=', occurrenceStart)
		.where('status', '=', 'waitlisted')
		.orderBy('position')
		.execute();
}

/** Every registration of an event (organiser's list), by date and arrival. */
export function findRegistrationsOfEvent(
	db: DB,
	allianceId: string,
	eventId: string
): Promise<RegistrationRow[]> {
	return db
		.selectFrom('event_registration')
		.selectAll()
		.where('alliance_id', '=', allianceId)
		.where('event_id', '=', eventId)
		.orderBy('occurrence_start')
		.orderBy('position')
		.execute();
}

/** Occurrences of the event that have registrations waiting (after a capacity change). */
export async function findOccurrencesWithWaitlist(
	db: DB,
	allianceId: string,
	eventId: string
): Promise<string[]> {
	const rows = await db
		.selectFrom('event_registration')
		.select('occurrence_start')
		.distinct()
		.where('alliance_id', '=', allianceId)
		.where('event_id', '=', eventId)
		.where('status', '=', 'waitlisted')
		.execute();
	return rows.map((r) => r.occurrence_start);
}

/**
 * Registrations still holding personal data whose occurrence started before `startedBefore`,
 * with what the retention rule needs (all alliances; the clean-up job).
 */
export function findRetentionCandidates(
	db: DB,
	startedBefore: string,
	after: { start: string; id: string } | null,
	limit: number
) {
	let q = db
		.selectFrom('event_registration')
		.innerJoin('event', 'event.id', 'event_registration.event_id')
		.leftJoin('calendar_setting', 'calendar_setting.alliance_id', 'event_registration.alliance_id')
		.select([
			'event_registration.id',
			'event_registration.alliance_id',
			'event_registration.occurrence_start',
			'event.start_utc',
			'event.end_utc',
			'event.registration_retention_days',
			'calendar_setting.registration_retention_days as default_retention_days'
		])
		.where('event_registration.anonymized_at', 'is', null)
		.where('event_registration.occurrence_start', '<', startedBefore);
	if (after) {
		q = q.where((eb) =>
			eb.or([
				eb('event_registration.occurrence_start', '>', after.start),
				eb.and([
					eb('event_registration.occurrence_start', '=', after.start),
					eb('event_registration.id', '>', after.id)
				])
			])
		);
	}
	return q
		.orderBy('event_registration.occurrence_start')
		.orderBy('event_registration.id')
		.limit(limit)
		.execute();
}

/** Empties the personal data of registrations (counts stay for statistics). */
export async function anonymise(db: DB, ids: readonly string[], now: string): Promise<number> {
	if (!ids.length) return 0;
	const result = await db
		.updateTable('event_registration')
		.set({
			name: '',
			email: '',
			note: '',
			token_hash: null,
			anonymized_at: now,
			updated_at: now
		})
		.where('id', 'in', ids)
		.executeTakeFirst();
	return Number(result.numUpdatedRows);
}

/**
 * Active registrations whose coming event or date has been cancelled and who have not been
 * told yet (all alliances; the notice job).
 */
export function findUntoldCancellations(db: DB, now: string, limit: number) {
	return db
		.selectFrom('event_registration as r')
		.innerJoin('event as e', 'e.id', 'r.event_id')
		.innerJoin('event_occurrence as o', (join) =>
			join
				.onRef('o.event_id', '=', 'r.event_id')
				.onRef('o.recurrence_id', '=', 'r.occurrence_start')
		)
		.select([
			'r.id',
			'r.alliance_id',
			'r.event_id',
			'r.name',
			'r.email',
			'r.adults',
			'r.children',
			'r.locale',
			'r.occurrence_start',
			'o.start_utc',
			'o.end_utc',
			'o.all_day',
			'e.status_note'
		])
		.where('r.status', 'in', ['confirmed', 'waitlisted'])
		.where('r.cancel_notice_at', 'is', null)
		.where('r.anonymized_at', 'is', null)
		.where((eb) => eb.or([eb('e.status', '=', 'cancelled'), eb('o.cancelled', '=', 1)]))
		.where('o.start_utc', '>', now)
		.orderBy('r.id')
		.limit(limit)
		.execute();
}

export async function markCancelNotice(db: DB, id: string, now: string): Promise<void> {
	await db
		.updateTable('event_registration')
		.set({ cancel_notice_at: now, updated_at: now })
		.where('id', '=', id)
		.execute();
}
