import type { Insertable, Selectable, Updateable } from 'kysely';
import type { DB } from '../db/db.ts';
import type { FileTable } from '../db/schema.ts';

export type FileRow = Selectable<FileTable>;

export async function insertFile(db: DB, row: Insertable<FileTable>): Promise<void> {
	await db.insertInto('file').values(row).execute();
}

export function findFileById(db: DB, allianceId: string, id: string): Promise<FileRow | undefined> {
	return db
		.selectFrom('file')
		.selectAll()
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.executeTakeFirst();
}

export function findFilesByKind(
	db: DB,
	allianceId: string,
	kind: FileTable['kind'],
	options: { listedOnly?: boolean } = {}
): Promise<FileRow[]> {
	let q = db
		.selectFrom('file')
		.selectAll()
		.where('alliance_id', '=', allianceId)
		.where('kind', '=', kind);
	if (options.listedOnly) q = q.where('listed', '=', 1);
	return q.orderBy('created_at', 'desc').orderBy('id').execute();
}

export async function updateFile(
	db: DB,
	allianceId: string,
	id: string,
	changes: Updateable<FileTable>
): Promise<void> {
	await db
		.updateTable('file')
		.set(changes)
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.execute();
}

export async function deleteFile(db: DB, allianceId: string, id: string): Promise<number> {
	const result = await db
		.deleteFrom('file')
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.executeTakeFirst();
	return Number(result.numDeletedRows);
}
