import type { Insertable, Updateable } from 'kysely';
import type { DB } from '../db/db.ts';
import type {
	ConcernCategoryTable,
	ConcernEntryKind,
	ConcernEntryTable,
	ConcernStatus,
	ConcernTable,
	ConcernTemplateTable
} from './concern.table.ts';

/* SQL of the contact point for concerns. Every query is filtered by the alliance. */

// ---------- settings ----------

export function findSetting(db: DB, allianceId: string) {
	return db
		.selectFrom('concern_setting')
		.select(['retention_months', 'reminder_days'])
		.where('alliance_id', '=', allianceId)
		.executeTakeFirst();
}

export async function upsertSetting(
	db: DB,
	allianceId: string,
	values: { retention_months: number; reminder_days: number },
	now: string
): Promise<void> {
	await db
		.insertInto('concern_setting')
		.values({ alliance_id: allianceId, ...values, updated_at: now })
		.onConflict((oc) => oc.column('alliance_id').doUpdateSet({ ...values, updated_at: now }))
		.execute();
}

/** Creates the settings row once; returns true when this call created it. */
export async function insertSettingIfMissing(
	db: DB,
	allianceId: string,
	now: string
): Promise<boolean> {
	const result = await db
		.insertInto('concern_setting')
		.values({ alliance_id: allianceId, updated_at: now })
		.onConflict((oc) => oc.column('alliance_id').doNothing())
		.executeTakeFirst();
	return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

// ---------- categories ----------

export function findCategories(db: DB, allianceId: string, includeArchived: boolean) {
	let query = db
		.selectFrom('concern_category')
		.select(['id', 'name', 'position', 'archived'])
		.where('alliance_id', '=', allianceId);
	if (!includeArchived) query = query.where('archived', '=', 0);
	return query.orderBy('position').orderBy('name').execute();
}

export function findCategory(db: DB, allianceId: string, id: string) {
	return db
		.selectFrom('concern_category')
		.select(['id', 'name', 'archived'])
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.executeTakeFirst();
}

export async function insertCategory(db: DB, row: Insertable<ConcernCategoryTable>) {
	await db.insertInto('concern_category').values(row).execute();
}

export async function updateCategory(
	db: DB,
	allianceId: string,
	id: string,
	patch: Updateable<ConcernCategoryTable>
): Promise<number> {
	const r = await db
		.updateTable('concern_category')
		.set(patch)
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.executeTakeFirst();
	return Number(r.numUpdatedRows);
}

// ---------- concerns ----------

export async function insertConcern(db: DB, row: Insertable<ConcernTable>): Promise<void> {
	await db.insertInto('concern').values(row).execute();
}

export async function referenceTaken(db: DB, allianceId: string, reference: string) {
	const row = await db
		.selectFrom('concern')
		.select('id')
		.where('alliance_id', '=', allianceId)
		.where('reference', '=', reference)
		.executeTakeFirst();
	return !!row;
}

const concernColumns = [
	'concern.id',
	'concern.reference',
	'concern.status_token',
	'concern.category_id',
	'concern.message',
	'concern.name',
	'concern.email',
	'concern.phone',
	'concern.locale',
	'concern.status',
	'concern.assigned_user_id',
	'concern.partner_id',
	'concern.working_group_id',
	'concern.created_at',
	'concern.updated_at',
	'concern.first_answer_at',
	'concern.waiting_since',
	'concern.closed_at',
	'concern.anonymised_at',
	'concern_category.name as category_name',
	'partner.name as partner_name',
	'working_group.name as working_group_name',
	'user.name as assigned_name'
] as const;

function concernQuery(db: DB, allianceId: string) {
	return db
		.selectFrom('concern')
		.leftJoin('concern_category', 'concern_category.id', 'concern.category_id')
		.leftJoin('partner', 'partner.id', 'concern.partner_id')
		.leftJoin('working_group', 'working_group.id', 'concern.working_group_id')
		.leftJoin('user', 'user.id', 'concern.assigned_user_id')
		.select([...concernColumns])
		.where('concern.alliance_id', '=', allianceId);
}

export type ConcernRow = Awaited<ReturnType<typeof findConcern>>;

export function findConcern(db: DB, allianceId: string, id: string) {
	return concernQuery(db, allianceId).where('concern.id', '=', id).executeTakeFirst();
}

export function findConcernByToken(db: DB, allianceId: string, token: string) {
	return concernQuery(db, allianceId)
		.where('concern.status_token', '=', token)
		.where('concern.anonymised_at', 'is', null)
		.executeTakeFirst();
}

export interface ConcernFilter {
	status?: ConcernStatus | 'open';
	categoryId?: string;
	assignedUserId?: string | 'none';
	partnerId?: string;
	workingGroupId?: string;
}

export function findConcerns(db: DB, allianceId: string, filter: ConcernFilter) {
	let query = concernQuery(db, allianceId).where('concern.anonymised_at', 'is', null);
	if (filter.status === 'open') query = query.where('concern.status', '!=', 'closed');
	else if (filter.status) query = query.where('concern.status', '=', filter.status);
	if (filter.categoryId) query = query.where('concern.category_id', '=', filter.categoryId);
	if (filter.assignedUserId === 'none') query = query.where('concern.assigned_user_id', 'is', null);
	else if (filter.assignedUserId)
		query = query.where('concern.assigned_user_id', '=', filter.assignedUserId);
	if (filter.partnerId) query = query.where('concern.partner_id', '=', filter.partnerId);
	if (filter.workingGroupId)
		query = query.where('concern.working_group_id', '=', filter.workingGroupId);
	return query.orderBy('concern.created_at', 'desc').limit(500).execute();
}

/** Concerns routed to one of these partners or working groups (not closed, not anonymised). */
export function findRoutedConcerns(
	db: DB,
	allianceId: string,
	partnerIds: readonly string[],
	groupIds: readonly string[]
) {
	if (!partnerIds.length && !groupIds.length) return Promise.resolve([]);
	return concernQuery(db, allianceId)
		.where('concern.anonymised_at', 'is', null)
		.where((eb) => {
			const ors = [];
			if (partnerIds.length) ors.push(eb('concern.partner_id', 'in', [...partnerIds]));
			if (groupIds.length) ors.push(eb('concern.working_group_id', 'in', [...groupIds]));
			return eb.or(ors);
		})
		.orderBy('concern.created_at', 'desc')
		.limit(500)
		.execute();
}

export async function updateConcern(
	db: DB,
	allianceId: string,
	id: string,
	patch: Updateable<ConcernTable>
): Promise<number> {
	const r = await db
		.updateTable('concern')
		.set(patch)
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.executeTakeFirst();
	return Number(r.numUpdatedRows);
}

export async function countConcerns(db: DB, allianceId: string, status: ConcernStatus) {
	const row = await db
		.selectFrom('concern')
		.select((eb) => eb.fn.countAll<string | number>().as('n'))
		.where('alliance_id', '=', allianceId)
		.where('status', '=', status)
		.where('anonymised_at', 'is', null)
		.executeTakeFirst();
	return Number(row?.n ?? 0);
}

// ---------- entries ----------

export async function insertEntry(db: DB, row: Insertable<ConcernEntryTable>): Promise<void> {
	await db.insertInto('concern_entry').values(row).execute();
}

export function findEntries(
	db: DB,
	allianceId: string,
	concernId: string,
	kinds: readonly ConcernEntryKind[]
) {
	return db
		.selectFrom('concern_entry')
		.leftJoin('user', 'user.id', 'concern_entry.author_user_id')
		.select([
			'concern_entry.id',
			'concern_entry.kind',
			'concern_entry.body',
			'concern_entry.author_label',
			'concern_entry.created_at',
			'user.name as author_name'
		])
		.where('concern_entry.alliance_id', '=', allianceId)
		.where('concern_entry.concern_id', '=', concernId)
		.where('concern_entry.kind', 'in', [...kinds])
		.orderBy('concern_entry.created_at')
		.execute();
}

// ---------- templates ----------

export function findTemplates(db: DB, allianceId: string) {
	return db
		.selectFrom('concern_template')
		.select(['id', 'title', 'body'])
		.where('alliance_id', '=', allianceId)
		.orderBy('title')
		.execute();
}

export function findTemplate(db: DB, allianceId: string, id: string) {
	return db
		.selectFrom('concern_template')
		.select(['id', 'title', 'body'])
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.executeTakeFirst();
}

export async function insertTemplate(db: DB, row: Insertable<ConcernTemplateTable>) {
	await db.insertInto('concern_template').values(row).execute();
}

export async function updateTemplate(
	db: DB,
	allianceId: string,
	id: string,
	patch: Updateable<ConcernTemplateTable>
): Promise<number> {
	const r = await db
		.updateTable('concern_template')
		.set(patch)
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.executeTakeFirst();
	return Number(r.numUpdatedRows);
}

export async function deleteTemplate(db: DB, allianceId: string, id: string): Promise<number> {
	const r = await db
		.deleteFrom('concern_template')
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.executeTakeFirst();
	return Number(r.numDeletedRows);
}

// ---------- jobs: reminders, anonymisation, statistics ----------

/** Concerns of the alliance whose family has waited since before `before` and not been reminded since. */
export function findWaitingConcerns(db: DB, allianceId: string, before: string) {
	return db
		.selectFrom('concern')
		.select(['id', 'reference', 'waiting_since', 'assigned_user_id'])
		.where('alliance_id', '=', allianceId)
		.where('anonymised_at', 'is', null)
		.where('status', '!=', 'closed')
		.where('waiting_since', 'is not', null)
		.where('waiting_since', '<', before)
		.where((eb) =>
			eb.or([eb('reminded_at', 'is', null), eb('reminded_at', '<', eb.ref('waiting_since'))])
		)
		.orderBy('waiting_since')
		.limit(200)
		.execute();
}

export async function markReminded(db: DB, allianceId: string, ids: string[], now: string) {
	if (!ids.length) return;
	await db
		.updateTable('concern')
		.set({ reminded_at: now })
		.where('alliance_id', '=', allianceId)
		.where('id', 'in', ids)
		.execute();
}

export function findAllianceIds(db: DB) {
	return db.selectFrom('alliance').select(['id', 'slug', 'name', 'domain']).execute();
}

/**
 * Anonymises concerns closed before `before`: personal data and texts go, the conversation is
 * deleted; category, dates and time to first answer stay for the statistics.
 */
export async function anonymiseClosedBefore(
	db: DB,
	allianceId: string,
	before: string,
	now: string
): Promise<number> {
	const rows = await db
		.selectFrom('concern')
		.select('id')
		.where('alliance_id', '=', allianceId)
		.where('status', '=', 'closed')
		.where('anonymised_at', 'is', null)
		.where('closed_at', '<', before)
		.execute();
	const ids = rows.map((r) => r.id);
	if (!ids.length) return 0;
	await db
		.deleteFrom('concern_entry')
		.where('alliance_id', '=', allianceId)
		.where('concern_id', 'in', ids)
		.execute();
	await db
		.updateTable('concern')
		.set({
			message: '',
			name: '',
			email: '',
			phone: '',
			status_token: null,
			assigned_user_id: null,
			anonymised_at: now,
			updated_at: now
		})
		.where('alliance_id', '=', allianceId)
		.where('id', 'in', ids)
		.execute();
	return ids.length;
}

/** Per category: number of concerns received in [from, to) and their answer times. */
export function findStatsRows(db: DB, allianceId: string, from: string, to: string) {
	return db
		.selectFrom('concern')
		.leftJoin('concern_category', 'concern_category.id', 'concern.category_id')
		.select([
			'concern.category_id',
			'concern_category.name as category_name',
			'concern.created_at',
			'concern.first_answer_at'
		])
		.where('concern.alliance_id', '=', allianceId)
		.where('concern.created_at', '>=', from)
		.where('concern.created_at', '<', to)
		.execute();
}

// ---------- people and routing targets ----------

/** The e-mail of a member of this alliance (null when the user is no member here). */
export async function findMemberEmail(db: DB, allianceId: string, userId: string) {
	const row = await db
		.selectFrom('member')
		.innerJoin('user', 'user.id', 'member.userId')
		.select('user.email')
		.where('member.organizationId', '=', allianceId)
		.where('member.userId', '=', userId)
		.executeTakeFirst();
	return row?.email ?? null;
}

/** Coordinators of the alliance (whom a concern can be assigned to). */
export function findCoordinators(db: DB, allianceId: string) {
	return db
		.selectFrom('member')
		.innerJoin('user', 'user.id', 'member.userId')
		.select(['user.id', 'user.name', 'user.email'])
		.where('member.organizationId', '=', allianceId)
		.where('member.role', '=', 'coordinator')
		.orderBy('user.name')
		.execute();
}

export function findActivePartners(db: DB, allianceId: string) {
	return db
		.selectFrom('partner')
		.select(['id', 'name'])
		.where('alliance_id', '=', allianceId)
		.where('status', '=', 'active')
		.orderBy('name')
		.execute();
}

export function findPartnerName(db: DB, allianceId: string, id: string) {
	return db
		.selectFrom('partner')
		.select(['id', 'name'])
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.executeTakeFirst();
}

export function findGroups(db: DB, allianceId: string) {
	return db
		.selectFrom('working_group')
		.select(['id', 'name'])
		.where('alliance_id', '=', allianceId)
		.orderBy('name')
		.execute();
}

export function findGroupName(db: DB, allianceId: string, id: string) {
	return db
		.selectFrom('working_group')
		.select(['id', 'name'])
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.executeTakeFirst();
}

/** The partners a user speaks for, and the working groups they (or those partners) belong to. */
export async function findRoutingScope(db: DB, allianceId: string, userId: string) {
	const partners = await db
		.selectFrom('partner_contact')
		.select('partner_id')
		.where('alliance_id', '=', allianceId)
		.where('user_id', '=', userId)
		.execute();
	const partnerIds = partners.map((p) => p.partner_id);
	const groups = await db
		.selectFrom('working_group_member')
		.select('working_group_id')
		.where('alliance_id', '=', allianceId)
		.where((eb) =>
			partnerIds.length
				? eb.or([eb('user_id', '=', userId), eb('partner_id', 'in', partnerIds)])
				: eb('user_id', '=', userId)
		)
		.execute();
	return { partnerIds, groupIds: [...new Set(groups.map((g) => g.working_group_id))] };
}

/** Addresses of the accounts that see a concern routed to this partner or working group. */
export async function findRoutedRecipients(
	db: DB,
	allianceId: string,
	target: { partnerId: string | null; groupId: string | null }
): Promise<string[]> {
	const emails: string[] = [];
	if (target.partnerId) {
		const rows = await db
			.selectFrom('partner_contact')
			.innerJoin('user', 'user.id', 'partner_contact.user_id')
			.select('user.email')
			.where('partner_contact.alliance_id', '=', allianceId)
			.where('partner_contact.partner_id', '=', target.partnerId)
			.execute();
		emails.push(...rows.map((r) => r.email));
	}
	if (target.groupId) {
		const rows = await db
			.selectFrom('working_group_member')
			.innerJoin('user', 'user.id', 'working_group_member.user_id')
			.select('user.email')
			.where('working_group_member.alliance_id', '=', allianceId)
			.where('working_group_member.working_group_id', '=', target.groupId)
			.execute();
		emails.push(...rows.map((r) => r.email));
	}
	return [...new Set(emails)];
}
