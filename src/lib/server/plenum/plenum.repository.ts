import type { Insertable, Selectable, Updateable } from 'kysely';
import type { DB } from '../db/db.ts';
import type {
	InvitationStatus,
	PlenumDeliveryTable,
	PlenumMailKind,
	PlenumTable,
	ReminderStatus
} from './plenum.table.ts';

/* SQL of the plenum; every query is filtered by alliance_id (the jobs' scans excepted). */

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

// --- deliveries -------------------------------------------------------------------------------

export interface DeliveryInput {
	email: string;
	name: string;
	source: PlenumDeliveryTable['source'];
	subscriberId: string | null;
	locale: 'de' | 'en';
	variant?: string;
}

/** One row per address; an address already listed for this plenum and kind is skipped. */
export async function insertDeliveries(
	db: DB,
	allianceId: string,
	plenumId: string,
	kind: PlenumMailKind,
	recipients: readonly DeliveryInput[]
): Promise<void> {
	for (let i = 0; i < recipients.length; i += 200) {
		const chunk = recipients.slice(i, i + 200);
		await db
			.insertInto('plenum_delivery')
			.values(
				chunk.map((r) => ({
					id: crypto.randomUUID(),
					alliance_id: allianceId,
					plenum_id: plenumId,
					kind,
					email: r.email,
					name: r.name.slice(0, 200),
					locale: r.locale,
					source: r.source,
					subscriber_id: r.subscriberId,
					variant: r.variant ?? ''
				}))
			)
			.onConflict((oc) => oc.columns(['plenum_id', 'kind', 'email']).doNothing())
			.execute();
	}
}

export function findQueuedDeliveries(
	db: DB,
	allianceId: string,
	plenumId: string,
	kind: PlenumMailKind,
	limit: number
) {
	return db
		.selectFrom('plenum_delivery')
		.leftJoin('newsletter_subscriber', 'newsletter_subscriber.id', 'plenum_delivery.subscriber_id')
		.select([
			'plenum_delivery.id',
			'plenum_delivery.email',
			'plenum_delivery.name',
			'plenum_delivery.source',
			'plenum_delivery.variant',
			'plenum_delivery.locale',
			'newsletter_subscriber.unsubscribe_token',
			'newsletter_subscriber.status as subscriber_status'
		])
		.where('plenum_delivery.alliance_id', '=', allianceId)
		.where('plenum_delivery.plenum_id', '=', plenumId)
		.where('plenum_delivery.kind', '=', kind)
		.where('plenum_delivery.status', '=', 'queued')
		.orderBy('plenum_delivery.email')
		.limit(limit)
		.execute();
}

/**
 * Takes one delivery for sending: true only for the one caller whose update changed the row
 * from queued to sending. A delivery left in `sending` by a crash is never sent again.
 */
export async function claimDelivery(
	db: DB,
	allianceId: string,
	id: string,
	now: string
): Promise<boolean> {
	const result = await db
		.updateTable('plenum_delivery')
		.set({ status: 'sending', claimed_at: now })
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.where('status', '=', 'queued')
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}

export async function finishDelivery(
	db: DB,
	allianceId: string,
	id: string,
	status: 'sent' | 'refused' | 'failed' | 'queued',
	now: string,
	error = ''
): Promise<void> {
	await db
		.updateTable('plenum_delivery')
		.set({
			status,
			sent_at: status === 'sent' ? now : null,
			error: error.slice(0, 500),
			...(status === 'queued' ? { claimed_at: null } : {})
		})
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.execute();
}

export async function countDeliveries(
	db: DB,
	allianceId: string,
	plenumId: string,
	kind: PlenumMailKind
): Promise<Partial<Record<string, number>>> {
	const rows = await db
		.selectFrom('plenum_delivery')
		.select(['status', (eb) => eb.fn.countAll<string | number>().as('n')])
		.where('alliance_id', '=', allianceId)
		.where('plenum_id', '=', plenumId)
		.where('kind', '=', kind)
		.groupBy('status')
		.execute();
	return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

/** Addresses an invitation was handed to the mail server for. */
export function findInvited(db: DB, allianceId: string, plenumId: string) {
	return db
		.selectFrom('plenum_delivery')
		.select(['email', 'name', 'source', 'subscriber_id', 'locale'])
		.where('alliance_id', '=', allianceId)
		.where('plenum_id', '=', plenumId)
		.where('kind', '=', 'invitation')
		.where('status', '=', 'sent')
		.execute();
}

export async function deleteDeliveries(db: DB, allianceId: string, plenumId: string) {
	await db
		.deleteFrom('plenum_delivery')
		.where('alliance_id', '=', allianceId)
		.where('plenum_id', '=', plenumId)
		.execute();
}

// --- attendance -------------------------------------------------------------------------------

export function findAttendance(db: DB, allianceId: string, plenumId: string) {
	return db
		.selectFrom('plenum_attendance')
		.select(['registration_id', 'present'])
		.where('alliance_id', '=', allianceId)
		.where('plenum_id', '=', plenumId)
		.execute();
}

export async function upsertAttendance(
	db: DB,
	allianceId: string,
	plenumId: string,
	registrationId: string,
	present: boolean,
	now: string
): Promise<void> {
	await db
		.insertInto('plenum_attendance')
		.values({
			alliance_id: allianceId,
			plenum_id: plenumId,
			registration_id: registrationId,
			present: present ? 1 : 0,
			updated_at: now
		})
		.onConflict((oc) =>
			oc.columns(['plenum_id', 'registration_id']).doUpdateSet({
				present: present ? 1 : 0,
				updated_at: now
			})
		)
		.execute();
}

// --- data protection requests -----------------------------------------------------------------

export function findDeliveriesByEmail(db: DB, allianceId: string, email: string) {
	return db
		.selectFrom('plenum_delivery')
		.select(['plenum_id', 'kind', 'status', 'sent_at'])
		.where('alliance_id', '=', allianceId)
		.where('email', '=', email)
		.execute();
}

export async function deleteDeliveriesByEmail(
	db: DB,
	allianceId: string,
	email: string
): Promise<number> {
	const result = await db
		.deleteFrom('plenum_delivery')
		.where('alliance_id', '=', allianceId)
		.where('email', '=', email)
		.executeTakeFirst();
	return Number(result.numDeletedRows);
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
