import type { Insertable, Updateable } from 'kysely';
import type { DB } from '../db/db.ts';
import type { DonationPurposeTable } from './donation.table.ts';

/* SQL of donation purposes; every function is filtered by alliance_id. */

export function findPurposes(db: DB, allianceId: string, options: { publishedOnly: boolean }) {
	let q = db.selectFrom('donation_purpose').selectAll().where('alliance_id', '=', allianceId);
	if (options.publishedOnly) q = q.where('published', '=', 1);
	return q.orderBy('position').orderBy('created_at').execute();
}

export function findPurpose(db: DB, allianceId: string, id: string) {
	return db
		.selectFrom('donation_purpose')
		.selectAll()
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.executeTakeFirst();
}

export async function insertPurpose(db: DB, row: Insertable<DonationPurposeTable>): Promise<void> {
	await db.insertInto('donation_purpose').values(row).execute();
}

export async function updatePurpose(
	db: DB,
	allianceId: string,
	id: string,
	set: Updateable<DonationPurposeTable>
): Promise<boolean> {
	const r = await db
		.updateTable('donation_purpose')
		.set(set)
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.executeTakeFirst();
	return Number(r.numUpdatedRows) > 0;
}

export async function deletePurpose(db: DB, allianceId: string, id: string): Promise<boolean> {
	const r = await db
		.deleteFrom('donation_purpose')
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.executeTakeFirst();
	return Number(r.numDeletedRows) > 0;
}
