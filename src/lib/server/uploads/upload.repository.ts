import type { Insertable, Selectable, Updateable } from 'kysely';
import type { DB } from '../db/db.ts';
import type { FileTable } from './upload.table.ts';

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

/** Where a file is still used: titles of pages and news that show or link it, and other uses. */
export async function findFileUsage(db: DB, allianceId: string, id: string): Promise<string[]> {
	const needle = `%/dateien/${id}%`;
	const [pages, news, alliance, team] = await Promise.all([
		db
			.selectFrom('page')
			.select('title')
			.where('alliance_id', '=', allianceId)
			.where('body_html', 'like', needle)
			.execute(),
		db
			.selectFrom('news_post')
			.select('title')
			.where('alliance_id', '=', allianceId)
			.where((eb) => eb.or([eb('image_id', '=', id), eb('body_html', 'like', needle)]))
			.execute(),
		db
			.selectFrom('alliance')
			.select(['logo_id', 'patron_photo_id', 'welcome_html'])
			.where('id', '=', allianceId)
			.executeTakeFirst(),
		db
			.selectFrom('team_member')
			.select('name')
			.where('alliance_id', '=', allianceId)
			.where('photo_id', '=', id)
			.execute()
	]);
	const uses = [...pages.map((p) => p.title), ...news.map((n) => n.title)];
	if (alliance?.logo_id === id) uses.push('Logo');
	if (alliance?.patron_photo_id === id) uses.push('Schirmherrschaft');
	if (alliance?.welcome_html.includes(`/dateien/${id}`)) uses.push('Startseite');
	uses.push(...team.map((t) => t.name));
	return uses;
}

/** Every storage key of an alliance's files (the clean-up keeps exactly these on disk). */
export async function findStorageKeys(db: DB, allianceId: string): Promise<Set<string>> {
	const rows = await db
		.selectFrom('file')
		.select('storage_key')
		.where('alliance_id', '=', allianceId)
		.execute();
	return new Set(rows.map((r) => r.storage_key));
}

export async function allianceExists(db: DB, allianceId: string): Promise<boolean> {
	const row = await db
		.selectFrom('alliance')
		.select('id')
		.where('id', '=', allianceId)
		.executeTakeFirst();
	return Boolean(row);
}
