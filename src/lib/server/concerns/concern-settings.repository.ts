import type { Insertable, Updateable } from 'kysely';
import type { DB } from '../db/db.ts';
import type { ConcernCategoryTable, ConcernTemplateTable } from './concern.table.ts';

/* SQL of what coordinators set up for concerns: settings, categories, answer templates. Every
 * query is filtered by the alliance. */

export function findSetting(db: DB, allianceId: string) {
	return db
		.selectFrom('concern_setting')
		.select(['retention_months', 'reminder_days'])
		.where('alliance_id', '=', allianceId)
		.executeTakeFirst();
}

export async function upsertSetting(
	db: DB,
	allianceId: string,
	values: { retention_months: number; reminder_days: number },
	now: string
): Promise<void> {
	await db
		.insertInto('concern_setting')
		.values({ alliance_id: allianceId, ...values, updated_at: now })
		.onConflict((oc) => oc.column('alliance_id').doUpdateSet({ ...values, updated_at: now }))
		.execute();
}

/** Creates the settings row once; returns true when this call created it. */
export async function insertSettingIfMissing(
	db: DB,
	allianceId: string,
	now: string
): Promise<boolean> {
	const result = await db
		.insertInto('concern_setting')
		.values({ alliance_id: allianceId, updated_at: now })
		.onConflict((oc) => oc.column('alliance_id').doNothing())
		.executeTakeFirst();
	return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

// ---------- categories ----------

export function findCategories(db: DB, allianceId: string, includeArchived: boolean) {
	let query = db
		.selectFrom('concern_category')
		.select(['id', 'name', 'position', 'archived'])
		.where('alliance_id', '=', allianceId);
	if (!includeArchived) query = query.where('archived', '=', 0);
	return query.orderBy('position').orderBy('name').execute();
}

export function findCategory(db: DB, allianceId: string, id: string) {
	return db
		.selectFrom('concern_category')
		.select(['id', 'name', 'archived'])
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.executeTakeFirst();
}

export async function insertCategory(db: DB, row: Insertable<ConcernCategoryTable>) {
	await db.insertInto('concern_category').values(row).execute();
}

export async function updateCategory(
	db: DB,
	allianceId: string,
	id: string,
	patch: Updateable<ConcernCategoryTable>
): Promise<number> {
	const r = await db
		.updateTable('concern_category')
		.set(patch)
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.executeTakeFirst();
	return Number(r.numUpdatedRows);
}

// ---------- templates ----------

export function findTemplates(db: DB, allianceId: string) {
	return db
		.selectFrom('concern_template')
		.select(['id', 'title', 'body'])
		.where('alliance_id', '=', allianceId)
		.orderBy('title')
		.execute();
}

export function findTemplate(db: DB, allianceId: string, id: string) {
	return db
		.selectFrom('concern_template')
		.select(['id', 'title', 'body'])
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.executeTakeFirst();
}

export async function insertTemplate(db: DB, row: Insertable<ConcernTemplateTable>) {
	await db.insertInto('concern_template').values(row).execute();
}

export async function updateTemplate(
	db: DB,
	allianceId: string,
	id: string,
	patch: Updateable<ConcernTemplateTable>
): Promise<number> {
	const r = await db
		.updateTable('concern_template')
		.set(patch)
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.executeTakeFirst();
	return Number(r.numUpdatedRows);
}

export async function deleteTemplate(db: DB, allianceId: string, id: string): Promise<number> {
	const r = await db
		.deleteFrom('concern_template')
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.executeTakeFirst();
	return Number(r.numDeletedRows);
}
