import type { Insertable, Selectable, Updateable } from 'kysely';
import type { DB } from '../db/db.ts';
import type { InvitationStatus, PlenumTable, ReminderStatus } from './plenum.table.ts';

/* SQL of the plenum; every query is filtered by alliance_id (the jobs' scans excepted).
 * Deliveries: plenum-delivery.repository.ts; attendance: plenum-attendance.repository.ts. */

export type PlenumRow = Selectable<PlenumTable>;

// --- plena ------------------------------------------------------------------------------------

export async function insertPlenum(db: DB, row: Insertable<PlenumTable>): Promise<void> {
	await db.insertInto('plenum').values(row).execute();
}

/** Changes a plenum; with `only`, only while its invitation or reminder is in that state. */
export async function updatePlenum(
	db: DB,
	allianceId: string,
	id: string,
	patch: Updateable<PlenumTable>,
	only: {
		invitation?: InvitationStatus;
		reminder?: ReminderStatus;
		minutesNotAnnounced?: boolean;
	} = {}
): Promise<number> {
	let query = db
		.updateTable('plenum')
		.set(patch)
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id);
	if (only.invitation) query = query.where('invitation_status', '=', only.invitation);
	if (only.reminder) query = query.where('reminder_status', '=', only.reminder);
	if (only.minutesNotAnnounced) query = query.where('minutes_announced_at', 'is', null);
	const result = await query.executeTakeFirst();
	return Number(result.numUpdatedRows);
}

export function findPlenum(db: DB, allianceId: string, id: string) {
	return db
		.selectFrom('plenum')
		.selectAll()
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.executeTakeFirst();
}

export function findPlenumByEvent(db: DB, allianceId: string, eventId: string) {
	return db
		.selectFrom('plenum')
		.selectAll()
		.where('alliance_id', '=', allianceId)
		.where('event_id', '=', eventId)
		.executeTakeFirst();
}

export function findSuccessor(db: DB, allianceId: string, id: string) {
	return db
		.selectFrom('plenum')
		.select(['id', 'event_id'])
		.where('alliance_id', '=', allianceId)
		.where('predecessor_id', '=', id)
		.executeTakeFirst();
}

/** Every plenum of the alliance with its event, newest first. */
export function findPlena(db: DB, allianceId: string) {
	return db
		.selectFrom('plenum')
		.innerJoin('event', 'event.id', 'plenum.event_id')
		.select([
			'plenum.id',
			'plenum.invitation_status',
			'plenum.invited_count',
			'plenum.minutes_visibility',
			'plenum.minutes_html',
			'plenum.minutes_file_id',
			'plenum.predecessor_id',
			'event.title',
			'event.slug',
			'event.start_utc',
			'event.end_utc',
			'event.all_day',
			'event.status as event_status'
		])
		.where('plenum.alliance_id', '=', allianceId)
		.orderBy('event.start_utc', 'desc')
		.limit(100)
		.execute();
}

/** Single events of the alliance from `from` on that are not a plenum yet (to choose from). */
export function findEventChoices(db: DB, allianceId: string, from: string) {
	return db
		.selectFrom('event')
		.leftJoin('plenum', 'plenum.event_id', 'event.id')
		.select(['event.id', 'event.title', 'event.start_utc'])
		.where('event.alliance_id', '=', allianceId)
		.where('event.start_utc', '>=', from)
		.where('event.rrule', 'is', null)
		.where('event.status', 'in', ['draft', 'published'])
		.where('plenum.id', 'is', null)
		.orderBy('event.start_utc')
		.limit(300)
		.execute();
}

/** Plena whose invitation went out and whose reminder is still pending (all alliances). */
export function findPendingReminders(db: DB, now: string) {
	return db
		.selectFrom('plenum')
		.innerJoin('event', 'event.id', 'plenum.event_id')
		.select([
			'plenum.id',
			'plenum.alliance_id',
			'plenum.reminder_days',
			'plenum.invited_at',
			'event.start_utc'
		])
		.where('plenum.invitation_status', '=', 'sent')
		.where('plenum.reminder_status', '=', 'pending')
		.where('event.status', '=', 'published')
		.where('event.start_utc', '>', now)
		.execute();
}

/** Plena whose event ended before `before` and whose addresses are still kept (all alliances). */
export function findPlenaWithAddressesBefore(db: DB, before: string) {
	return db
		.selectFrom('plenum')
		.innerJoin('event', 'event.id', 'plenum.event_id')
		.select(['plenum.id', 'plenum.alliance_id'])
		.where('plenum.addresses_deleted_at', 'is', null)
		.where('event.end_utc', '<', before)
		.limit(500)
		.execute();
}

/** Public minutes of an event, if it is a plenum that has them. */
export function findMinutesOfEvent(db: DB, allianceId: string, eventId: string) {
	return db
		.selectFrom('plenum')
		.select(['id', 'minutes_html', 'minutes_file_id', 'minutes_visibility', 'minutes_updated_at'])
		.where('alliance_id', '=', allianceId)
		.where('event_id', '=', eventId)
		.executeTakeFirst();
}

/** Is the file the PDF of minutes kept for members only? */
export async function isInternalMinutesFile(
	db: DB,
	allianceId: string,
	fileId: string
): Promise<boolean> {
	return !!(await db
		.selectFrom('plenum')
		.select('id')
		.where('alliance_id', '=', allianceId)
		.where('minutes_file_id', '=', fileId)
		.where('minutes_visibility', '=', 'internal')
		.executeTakeFirst());
}

/** Plena with minutes (for the internal area), newest first. */
export function findPlenaWithMinutes(db: DB, allianceId: string) {
	return db
		.selectFrom('plenum')
		.innerJoin('event', 'event.id', 'plenum.event_id')
		.select([
			'plenum.id',
			'plenum.minutes_visibility',
			'plenum.minutes_updated_at',
			'event.title',
			'event.slug',
			'event.start_utc'
		])
		.where('plenum.alliance_id', '=', allianceId)
		.where('plenum.minutes_updated_at', 'is not', null)
		.orderBy('event.start_utc', 'desc')
		.limit(50)
		.execute();
}

// --- recipients -------------------------------------------------------------------------------

/** Accounts that speak for an active partner, with the partner's name. */
export function findPartnerContactAccounts(db: DB, allianceId: string) {
	return db
		.selectFrom('partner_contact')
		.innerJoin('partner', 'partner.id', 'partner_contact.partner_id')
		.innerJoin('user', 'user.id', 'partner_contact.user_id')
		.select(['user.email', 'user.name', 'partner.name as partner_name'])
		.where('partner_contact.alliance_id', '=', allianceId)
		.where('partner.status', '=', 'active')
		.orderBy('partner.name')
		.execute();
}

/** The internal contact person of each active partner (address kept for the coordinators). */
export function findPartnerInternalContacts(db: DB, allianceId: string) {
	return db
		.selectFrom('partner')
		.select(['internal_email as email', 'internal_contact_name as name', 'name as partner_name'])
		.where('alliance_id', '=', allianceId)
		.where('status', '=', 'active')
		.where('internal_email', '!=', '')
		.orderBy('name')
		.execute();
}

/** Plena whose further addresses may contain `fragment` (the caller compares exactly). */
export function findPlenaWithExtraAddress(db: DB, allianceId: string, fragment: string) {
	return db
		.selectFrom('plenum')
		.select(['id', 'extra_addresses'])
		.where('alliance_id', '=', allianceId)
		.where('extra_addresses', 'like', `%${fragment.replace(/[%_\\]/g, '')}%`)
		.execute();
}
