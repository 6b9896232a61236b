import type { DB } from '../db/db.ts';

/*
 * Everything a data protection request (DSGVO Art. 15/17) needs to find and erase a person's
 * rows in ONE alliance. Every query is filtered by alliance_id; addresses are compared in lower
 * case. Better Auth's tables (user, member) are not read here: see sources.ts.
 */

type Email = string;

// ---------- event registrations ----------

export function findRegistrations(db: DB, allianceId: string, email: Email) {
	return db
		.selectFrom('event_registration as r')
		.innerJoin('event as e', 'e.id', 'r.event_id')
		.select([
			'r.id',
			'e.title as event_title',
			'r.occurrence_start',
			'r.status',
			'r.name',
			'r.email',
			'r.note',
			'r.adults',
			'r.children',
			'r.consent_privacy_at',
			'r.created_at',
			'r.cancelled_at'
		])
		.where('r.alliance_id', '=', allianceId)
		.where('e.alliance_id', '=', allianceId)
		.where((eb) => eb(eb.fn('lower', ['r.email']), '=', email))
		.orderBy('r.created_at')
		.execute();
}

export async function anonymiseRegistrations(
	db: DB,
	allianceId: string,
	email: Email,
	now: string
): Promise<number> {
	const result = await db
		.updateTable('event_registration')
		.set({ name: '', email: '', note: '', token_hash: null, anonymized_at: now, updated_at: now })
		.where('alliance_id', '=', allianceId)
		.where((eb) => eb(eb.fn('lower', ['email']), '=', email))
		.executeTakeFirst();
	return Number(result.numUpdatedRows);
}

// ---------- event submissions ----------

export function findSubmittedEvents(db: DB, allianceId: string, email: Email) {
	return db
		.selectFrom('event')
		.select(['id', 'title', 'status', 'submitter_name', 'submitter_email', 'created_at'])
		.where('alliance_id', '=', allianceId)
		.where((eb) => eb(eb.fn('lower', ['submitter_email']), '=', email))
		.orderBy('created_at')
		.execute();
}

export async function clearEventSubmitters(
	db: DB,
	allianceId: string,
	email: Email
): Promise<number> {
	const result = await db
		.updateTable('event')
		.set({ submitter_name: null, submitter_email: null })
		.where('alliance_id', '=', allianceId)
		.where((eb) => eb(eb.fn('lower', ['submitter_email']), '=', email))
		.executeTakeFirst();
	return Number(result.numUpdatedRows);
}

export function findPendingSubmissions(db: DB, allianceId: string, email: Email) {
	return db
		.selectFrom('event_submission')
		.select(['id', 'submitter_name', 'submitter_email', 'payload', 'created_at', 'confirmed_at'])
		.where('alliance_id', '=', allianceId)
		.where((eb) => eb(eb.fn('lower', ['submitter_email']), '=', email))
		.orderBy('created_at')
		.execute();
}

export async function deletePendingSubmissions(
	db: DB,
	allianceId: string,
	email: Email
): Promise<number> {
	const result = await db
		.deleteFrom('event_submission')
		.where('alliance_id', '=', allianceId)
		.where((eb) => eb(eb.fn('lower', ['submitter_email']), '=', email))
		.executeTakeFirst();
	return Number(result.numDeletedRows);
}

// ---------- partner applications and partner contacts ----------

export function findPartnerApplications(db: DB, allianceId: string, email: Email) {
	return db
		.selectFrom('partner_application')
		.select([
			'id',
			'organisation',
			'contact_name',
			'email',
			'phone',
			'website',
			'contribution',
			'message',
			'status',
			'consent_privacy_at',
			'created_at'
		])
		.where('alliance_id', '=', allianceId)
		.where((eb) => eb(eb.fn('lower', ['email']), '=', email))
		.orderBy('created_at')
		.execute();
}

export async function anonymisePartnerApplications(
	db: DB,
	allianceId: string,
	email: Email
): Promise<number> {
	const result = await db
		.updateTable('partner_application')
		.set({ contact_name: '', email: '', phone: '', message: '' })
		.where('alliance_id', '=', allianceId)
		.where((eb) => eb(eb.fn('lower', ['email']), '=', email))
		.executeTakeFirst();
	return Number(result.numUpdatedRows);
}

export function findPartnerContacts(db: DB, allianceId: string, email: Email) {
	return db
		.selectFrom('partner')
		.select(['id', 'name', 'internal_contact_name', 'internal_email', 'internal_phone'])
		.where('alliance_id', '=', allianceId)
		.where((eb) => eb(eb.fn('lower', ['internal_email']), '=', email))
		.orderBy('name')
		.execute();
}

export async function clearPartnerContacts(
	db: DB,
	allianceId: string,
	email: Email
): Promise<number> {
	const result = await db
		.updateTable('partner')
		.set({ internal_contact_name: '', internal_email: '', internal_phone: '' })
		.where('alliance_id', '=', allianceId)
		.where((eb) => eb(eb.fn('lower', ['internal_email']), '=', email))
		.executeTakeFirst();
	return Number(result.numUpdatedRows);
}

// ---------- concerns ----------

export function findConcerns(db: DB, allianceId: string, email: Email) {
	return db
		.selectFrom('concern')
		.select(['id', 'reference', 'message', 'name', 'email', 'phone', 'status', 'created_at'])
		.where('alliance_id', '=', allianceId)
		.where('anonymised_at', 'is', null)
		.where((eb) => eb(eb.fn('lower', ['email']), '=', email))
		.orderBy('created_at')
		.execute();
}

export function findConcernEntries(db: DB, allianceId: string, concernIds: readonly string[]) {
	if (!concernIds.length) return Promise.resolve([]);
	return db
		.selectFrom('concern_entry')
		.select(['concern_id', 'kind', 'body', 'created_at'])
		.where('alliance_id', '=', allianceId)
		.where('concern_id', 'in', concernIds)
		.orderBy('created_at')
		.execute();
}

/** Like the retention job: the message, the entries and the contact details go. */
export async function anonymiseConcerns(
	db: DB,
	allianceId: string,
	ids: readonly string[],
	now: string
): Promise<number> {
	if (!ids.length) return 0;
	await db
		.deleteFrom('concern_entry')
		.where('alliance_id', '=', allianceId)
		.where('concern_id', 'in', ids)
		.execute();
	const result = await db
		.updateTable('concern')
		.set({
			message: '',
			name: '',
			email: '',
			phone: '',
			status_token: null,
			anonymised_at: now,
			updated_at: now
		})
		.where('alliance_id', '=', allianceId)
		.where('id', 'in', ids)
		.executeTakeFirst();
	return Number(result.numUpdatedRows);
}

// ---------- ideas ----------

export function findIdeas(db: DB, allianceId: string, email: Email) {
	return db
		.selectFrom('idea')
		.select(['id', 'title', 'body', 'author_name', 'email', 'status', 'created_at'])
		.where('alliance_id', '=', allianceId)
		.where((eb) => eb(eb.fn('lower', ['email']), '=', email))
		.orderBy('created_at')
		.execute();
}

/** The idea itself may be public: it stays, without its author's name and address. */
export async function anonymiseIdeas(db: DB, allianceId: string, email: Email): Promise<number> {
	const result = await db
		.updateTable('idea')
		.set({ author_name: '', email: '', confirm_token: null })
		.where('alliance_id', '=', allianceId)
		.where((eb) => eb(eb.fn('lower', ['email']), '=', email))
		.executeTakeFirst();
	return Number(result.numUpdatedRows);
}

export function findIdeaSupports(db: DB, allianceId: string, emailHash: string) {
	return db
		.selectFrom('idea_support as s')
		.innerJoin('idea as i', 'i.id', 's.idea_id')
		.select(['s.id', 'i.title as idea_title', 's.created_at', 's.confirmed_at'])
		.where('s.alliance_id', '=', allianceId)
		.where('i.alliance_id', '=', allianceId)
		.where('s.email_hash', '=', emailHash)
		.orderBy('s.created_at')
		.execute();
}

/** The support keeps counting, but its hash no longer leads to the person. */
export async function unlinkIdeaSupports(
	db: DB,
	allianceId: string,
	emailHash: string
): Promise<number> {
	const rows = await findIdeaSupports(db, allianceId, emailHash);
	for (const row of rows) {
		await db
			.updateTable('idea_support')
			.set({ email_hash: `erased:${crypto.randomUUID()}`, confirm_token: null })
			.where('alliance_id', '=', allianceId)
			.where('id', '=', row.id)
			.execute();
	}
	return rows.length;
}

// ---------- working groups ----------

export function findWorkingGroupMembers(db: DB, allianceId: string, email: Email) {
	return db
		.selectFrom('working_group_member as m')
		.innerJoin('working_group as g', 'g.id', 'm.working_group_id')
		.select(['m.id', 'g.name as working_group', 'm.name', 'm.email', 'm.role', 'm.created_at'])
		.where('m.alliance_id', '=', allianceId)
		.where('g.alliance_id', '=', allianceId)
		.where((eb) => eb(eb.fn('lower', ['m.email']), '=', email))
		.orderBy('m.created_at')
		.execute();
}

export async function deleteWorkingGroupMembers(
	db: DB,
	allianceId: string,
	email: Email
): Promise<number> {
	const result = await db
		.deleteFrom('working_group_member')
		.where('alliance_id', '=', allianceId)
		.where((eb) => eb(eb.fn('lower', ['email']), '=', email))
		.executeTakeFirst();
	return Number(result.numDeletedRows);
}

// ---------- contact messages ----------

export function findContactMessages(db: DB, allianceId: string, email: Email) {
	return db
		.selectFrom('contact_message')
		.select(['id', 'name', 'email', 'subject', 'message', 'created_at'])
		.where('alliance_id', '=', allianceId)
		.where((eb) => eb(eb.fn('lower', ['email']), '=', email))
		.orderBy('created_at')
		.execute();
}

export async function deleteContactMessages(
	db: DB,
	allianceId: string,
	email: Email
): Promise<number> {
	const result = await db
		.deleteFrom('contact_message')
		.where('alliance_id', '=', allianceId)
		.where((eb) => eb(eb.fn('lower', ['email']), '=', email))
		.executeTakeFirst();
	return Number(result.numDeletedRows);
}

// ---------- audit ----------

export function findPrivacyRequests(db: DB, allianceId: string, limit: number) {
	return db
		.selectFrom('audit_log')
		.select(['id', 'action', 'summary', 'created_at'])
		.where('alliance_id', '=', allianceId)
		.where('entity', '=', 'privacy_request')
		.orderBy('created_at', 'desc')
		.limit(limit)
		.execute();
}

// ---------- partner contact links (a signed-in person who speaks for a partner) ----------

export function findPartnerContactLinks(db: DB, allianceId: string, userId: string) {
	return db
		.selectFrom('partner_contact as c')
		.innerJoin('partner as p', 'p.id', 'c.partner_id')
		.select(['c.id', 'p.name as partner', 'c.created_at'])
		.where('c.alliance_id', '=', allianceId)
		.where('p.alliance_id', '=', allianceId)
		.where('c.user_id', '=', userId)
		.execute();
}

export async function deletePartnerContactLinks(
	db: DB,
	allianceId: string,
	userId: string
): Promise<number> {
	const result = await db
		.deleteFrom('partner_contact')
		.where('alliance_id', '=', allianceId)
		.where('user_id', '=', userId)
		.executeTakeFirst();
	return Number(result.numDeletedRows);
}
