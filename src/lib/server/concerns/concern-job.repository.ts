import type { DB } from '../db/db.ts';

/* SQL of the concerns' jobs: reminders, anonymisation, statistics. */

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
