import type { Insertable, Updateable } from 'kysely';
import type { DB } from '../db/db.ts';
import type {
	ConcernEntryKind,
	ConcernEntryTable,
	ConcernStatus,
	ConcernTable
} from './concern.table.ts';

/* SQL of the concerns themselves and their entries. Every query is filtered by the alliance.
 * Settings, categories and templates: concern-settings.repository.ts; the jobs' queries:
 * concern-job.repository.ts; people and routing targets: concern-routing.repository.ts. */

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
