import type { Insertable, Selectable, Updateable } from 'kysely';
import type { DB } from '../db/db.ts';
import type { PartnerApplicationTable } from './partner.table.ts';

export type ApplicationRow = Selectable<PartnerApplicationTable>;

export async function insertApplication(
	db: DB,
	row: Insertable<PartnerApplicationTable>
): Promise<void> {
	await db.insertInto('partner_application').values(row).execute();
}

export function findApplications(db: DB, allianceId: string) {
	return db
		.selectFrom('partner_application')
		.selectAll()
		.where('alliance_id', '=', allianceId)
		.orderBy('created_at', 'desc')
		.execute();
}

export function findApplication(db: DB, allianceId: string, id: string) {
	return db
		.selectFrom('partner_application')
		.selectAll()
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.executeTakeFirst();
}

export async function countPendingApplications(db: DB, allianceId: string): Promise<number> {
	const row = await db
		.selectFrom('partner_application')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('alliance_id', '=', allianceId)
		.where('status', '=', 'pending')
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

export async function updateApplication(
	db: DB,
	allianceId: string,
	id: string,
	patch: Updateable<PartnerApplicationTable>
): Promise<void> {
	await db
		.updateTable('partner_application')
		.set(patch)
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.execute();
}
