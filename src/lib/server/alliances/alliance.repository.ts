import type { Insertable, Selectable, Updateable } from 'kysely';
import { PostgresAdapter, sql } from 'kysely';
import type { DB } from '../db/db.ts';
import type { AllianceTable } from './alliance.table.ts';

export type AllianceRow = Selectable<AllianceTable>;

export function findAllAlliances(db: DB): Promise<AllianceRow[]> {
	return db.selectFrom('alliance').selectAll().orderBy('name').execute();
}

export function findAllianceById(db: DB, id: string): Promise<AllianceRow | undefined> {
	return db.selectFrom('alliance').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findAllianceBySlug(db: DB, slug: string): Promise<AllianceRow | undefined> {
	return db.selectFrom('alliance').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export async function insertAlliance(db: DB, row: Insertable<AllianceTable>): Promise<void> {
	await db.insertInto('alliance').values(row).execute();
}

export async function updateAlliance(
	db: DB,
	id: string,
	changes: Updateable<AllianceTable>
): Promise<void> {
	await db
		.updateTable('alliance')
		.set({ ...changes, content_version: sql`content_version + 1` })
		.where('id', '=', id)
		.execute();
}

/** Marks the alliance's public content as changed (the public page cache keys on it). */
export async function bumpContentVersion(db: DB, id: string): Promise<void> {
	await db
		.updateTable('alliance')
		.set({ content_version: sql`content_version + 1` })
		.where('id', '=', id)
		.execute();
}

export async function findContentVersion(db: DB, id: string): Promise<number | undefined> {
	const row = await db
		.selectFrom('alliance')
		.select('content_version')
		.where('id', '=', id)
		.executeTakeFirst();
	return row?.content_version;
}

/** Deletes an alliance; every row it owns goes with it (foreign keys ON DELETE CASCADE). */
export async function deleteAllianceRow(db: DB, id: string): Promise<boolean> {
	const result = await db.deleteFrom('alliance').where('id', '=', id).executeTakeFirst();
	return Number(result.numDeletedRows) > 0;
}

/** Tells every app instance on this PostgreSQL database that the alliance changed (at commit). */
export async function notifyChange(db: DB, allianceId: string): Promise<void> {
	if (db.getExecutor().adapter instanceof PostgresAdapter) {
		await sql`select pg_notify('buendnis_content', ${allianceId})`.execute(db);
	}
}
