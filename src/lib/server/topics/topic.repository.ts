import type { Insertable, Selectable } from 'kysely';
import type { DB } from '../db/db.ts';
import type { TopicTable } from './topic.table.ts';
import type { TopicRef } from './topic.types.ts';

export type TopicRow = Selectable<TopicTable>;

export function findTopics(db: DB, allianceId: string): Promise<TopicRow[]> {
	return db
		.selectFrom('topic')
		.selectAll()
		.where('alliance_id', '=', allianceId)
		.orderBy('position')
		.orderBy('name')
		.execute();
}

/** Only what a tag needs (id, slug, name), in the same order. */
export function findTopicRefs(db: DB, allianceId: string): Promise<TopicRef[]> {
	return db
		.selectFrom('topic')
		.select(['id', 'slug', 'name'])
		.where('alliance_id', '=', allianceId)
		.orderBy('position')
		.orderBy('name')
		.execute();
}

export async function countTopics(db: DB, allianceId: string): Promise<number> {
	const row = await db
		.selectFrom('topic')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('alliance_id', '=', allianceId)
		.executeTakeFirst();
	return Number(row?.n ?? 0);
}

/** Inserts topics; a slug the alliance already has is left as it is (two callers at once are fine). */
export async function insertTopicsIfAbsent(db: DB, rows: Insertable<TopicTable>[]): Promise<void> {
	if (!rows.length) return;
	await db
		.insertInto('topic')
		.values(rows)
		.onConflict((oc) => oc.columns(['alliance_id', 'slug']).doNothing())
		.execute();
}
