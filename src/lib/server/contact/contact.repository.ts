import type { Insertable } from 'kysely';
import type { DB } from '../db/db.ts';
import type { ContactMessageTable } from '../db/schema.ts';

export async function insertContactMessage(
	db: DB,
	row: Insertable<ContactMessageTable>
): Promise<void> {
	await db.insertInto('contact_message').values(row).execute();
}

export async function deleteContactMessagesBefore(
	db: DB,
	allianceId: string,
	before: string
): Promise<void> {
	await db
		.deleteFrom('contact_message')
		.where('alliance_id', '=', allianceId)
		.where('created_at', '<', before)
		.execute();
}
