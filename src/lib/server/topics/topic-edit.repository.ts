import type { Updateable } from 'kysely';
import type { DB } from '../db/db.ts';
import type { TopicTable } from './topic.table.ts';

export function findTopicById(db: DB, allianceId: string, id: string) {
	return db
		.selectFrom('topic')
		.selectAll()
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.executeTakeFirst();
}

export async function topicSlugTaken(db: DB, allianceId: string, slug: string, exceptId?: string) {
	let query = db
		.selectFrom('topic')
		.select('id')
		.where('alliance_id', '=', allianceId)
		.where('slug', '=', slug);
	if (exceptId) query = query.where('id', '!=', exceptId);
	return !!(await query.executeTakeFirst());
}

export async function insertTopic(
	db: DB,
	row: {
		id: string;
		alliance_id: string;
		slug: string;
		name: string;
		summary: string;
		description_html: string;
		position: number;
	}
) {
	const now = new Date().toISOString();
	await db
		.insertInto('topic')
		.values({ ...row, created_at: now, updated_at: now })
		.execute();
}

export async function updateTopic(
	db: DB,
	allianceId: string,
	id: string,
	patch: Updateable<TopicTable>
) {
	await db
		.updateTable('topic')
		.set({ ...patch, updated_at: new Date().toISOString() })
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.execute();
}

export async function deleteTopic(db: DB, allianceId: string, id: string): Promise<number> {
	const r = await db
		.deleteFrom('topic')
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.executeTakeFirst();
	return Number(r.numDeletedRows);
}
