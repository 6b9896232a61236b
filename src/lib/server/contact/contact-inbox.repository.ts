import type { DB } from '../db/db.ts';

/* The coordinators' view of contact messages. Every query is filtered by the alliance. */

export function findContactMessages(db: DB, allianceId: string, onlyNew: boolean) {
	let query = db
		.selectFrom('contact_message')
		.select(['id', 'name', 'email', 'subject', 'message', 'status', 'created_at'])
		.where('alliance_id', '=', allianceId);
	if (onlyNew) query = query.where('status', '=', 'new');
	return query.orderBy('created_at', 'desc').limit(500).execute();
}

export function findContactMessage(db: DB, allianceId: string, id: string) {
	return db
		.selectFrom('contact_message')
		.select(['id', 'subject', 'status'])
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.executeTakeFirst();
}

export async function updateContactMessageStatus(
	db: DB,
	allianceId: string,
	id: string,
	status: 'new' | 'done'
): Promise<number> {
	const result = await db
		.updateTable('contact_message')
		.set({ status })
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.executeTakeFirst();
	return Number(result.numUpdatedRows);
}

export async function deleteContactMessage(
	db: DB,
	allianceId: string,
	id: string
): Promise<number> {
	const result = await db
		.deleteFrom('contact_message')
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.executeTakeFirst();
	return Number(result.numDeletedRows);
}
