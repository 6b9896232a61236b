import type { Insertable } from 'kysely';
import type { DB } from '../../db/db.ts';
import type { EventOverrideTable } from './event.table.ts';
import type { OverrideRow } from './event.repository.ts';
import { chunks } from './event-relations.repository.ts';

/* SQL for the overrides of single dates of a series. No rules here. */

export function findOverrides(db: DB, allianceId: string, eventId: string): Promise<OverrideRow[]> {
	return db
		.selectFrom('event_override')
		.selectAll()
		.where('alliance_id', '=', allianceId)
		.where('event_id', '=', eventId)
		.orderBy('recurrence_id')
		.execute();
}

export async function findOverridesFor(
	db: DB,
	allianceId: string,
	eventIds: readonly string[]
): Promise<OverrideRow[]> {
	const out: OverrideRow[] = [];
	for (const ids of chunks([...new Set(eventIds)])) {
		out.push(
			...(await db
				.selectFrom('event_override')
				.selectAll()
				.where('alliance_id', '=', allianceId)
				.where('event_id', 'in', ids)
				.orderBy('recurrence_id')
				.execute())
		);
	}
	return out;
}

export async function upsertOverride(db: DB, row: Insertable<EventOverrideTable>): Promise<void> {
	const {
		id: _id,
		created_at: _created,
		alliance_id: _a,
		event_id: _e,
		recurrence_id: _r,
		...changes
	} = row;
	await db
		.insertInto('event_override')
		.values(row)
		.onConflict((oc) => oc.columns(['event_id', 'recurrence_id']).doUpdateSet(changes))
		.execute();
}

export async function deleteOverride(
	db: DB,
	allianceId: string,
	eventId: string,
	recurrenceId: string
): Promise<number> {
	const result = await db
		.deleteFrom('event_override')
		.where('alliance_id', '=', allianceId)
		.where('event_id', '=', eventId)
		.where('recurrence_id', '=', recurrenceId)
		.executeTakeFirst();
	return Number(result.numDeletedRows);
}

export async function deleteOverridesById(db: DB, ids: readonly string[]): Promise<void> {
	if (!ids.length) return;
	await db.deleteFrom('event_override').where('id', 'in', ids).execute();
}
