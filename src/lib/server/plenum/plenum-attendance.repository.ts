import type { DB } from '../db/db.ts';

/* SQL of who attended a plenum. Filtered by alliance_id. */

// --- attendance -------------------------------------------------------------------------------

export function findAttendance(db: DB, allianceId: string, plenumId: string) {
	return db
		.selectFrom('plenum_attendance')
		.select(['registration_id', 'present'])
		.where('alliance_id', '=', allianceId)
		.where('plenum_id', '=', plenumId)
		.execute();
}

export async function upsertAttendance(
	db: DB,
	allianceId: string,
	plenumId: string,
	registrationId: string,
	present: boolean,
	now: string
): Promise<void> {
	await db
		.insertInto('plenum_attendance')
		.values({
			alliance_id: allianceId,
			plenum_id: plenumId,
			registration_id: registrationId,
			present: present ? 1 : 0,
			updated_at: now
		})
		.onConflict((oc) =>
			oc.columns(['plenum_id', 'registration_id']).doUpdateSet({
				present: present ? 1 : 0,
				updated_at: now
			})
		)
		.execute();
}
