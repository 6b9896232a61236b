import type { Insertable } from 'kysely';
import type { DB } from '../../db/db.ts';
import type { EventOccurrenceTable, EventTable } from '../core/event.table.ts';
import { withLength } from '../core/occurrence.repository.ts';

/* Bulk inserts for load-test data (events.bench.ts) and, later, large imports. */

async function chunked<T>(rows: readonly T[], size: number, run: (chunk: T[]) => Promise<unknown>) {
	for (let i = 0; i < rows.length; i += size) await run(rows.slice(i, i + size));
}

export async function insertEventsBulk(
	db: DB,
	rows: readonly Insertable<EventTable>[]
): Promise<void> {
	// ~25 columns per row: 100 rows stay well below every driver's parameter limit.
	await chunked(rows, 100, (chunk) => db.insertInto('event').values(chunk).execute());
}

export async function insertRelationsBulk(
	db: DB,
	topics: readonly { event_id: string; topic_id: string }[],
	groups: readonly { event_id: string; target_group: string }[]
): Promise<void> {
	await chunked(topics, 1000, (chunk) => db.insertInto('event_topic').values(chunk).execute());
	await chunked(groups, 1000, (chunk) =>
		db.insertInto('event_target_group').values(chunk).execute()
	);
}

export async function insertOccurrencesBulk(
	db: DB,
	rows: readonly Insertable<EventOccurrenceTable>[]
): Promise<void> {
	await chunked(rows, 400, (chunk) =>
		db
			.insertInto('event_occurrence')
			.values(chunk.map(withLength))
			.onConflict((oc) => oc.columns(['event_id', 'recurrence_id']).doNothing())
			.execute()
	);
}
