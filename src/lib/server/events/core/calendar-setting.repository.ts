import type { Insertable } from 'kysely';
import type { DB } from '../../db/db.ts';
import type { CalendarSettingTable } from './event.table.ts';

/* SQL of the calendar's workflow settings (moderation.settings.ts). No rules here. */

export function findCalendarSetting(db: DB, allianceId: string) {
	return db
		.selectFrom('calendar_setting')
		.selectAll()
		.where('alliance_id', '=', allianceId)
		.executeTakeFirst();
}

export async function upsertCalendarSetting(
	db: DB,
	row: Insertable<CalendarSettingTable>
): Promise<void> {
	const { alliance_id: _id, ...changes } = row;
	await db
		.insertInto('calendar_setting')
		.values(row)
		.onConflict((oc) => oc.column('alliance_id').doUpdateSet(changes))
		.execute();
}
