import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { sql, type Kysely } from 'kysely';
import { Migrator, type Migration, type MigrationProvider } from 'kysely/migration';
import { migrations } from '../db/migrations/index.ts';
import { collect, openArchive, readTar } from './tar.ts';
import { BACKUP_FORMAT, type Manifest } from './backup.service.ts';
import {
	insertRows,
	listPgForeignKeys,
	listPgTables,
	type ForeignKey
} from './backup.repository.ts';

/*
 * `npm run restore -- FILE`: puts a backup (backup.service.ts) back into an EMPTY installation —
 * a DATA_DIR without database and uploads, or a PostgreSQL schema without tables — and refuses
 * otherwise, so that a restore never mixes with or overwrites live data. SQLite gets its file
 * back byte for byte; PostgreSQL gets the schema of the backup's migration, then every row
 * (tables in foreign-key order, rows of self-referencing tables parents first). Newer
 * migrations run at the next start.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export class RestoreError extends Error {}

export interface RestoreTarget {
	dialect: 'sqlite' | 'postgres';
	/** PostgreSQL: the (empty) database */
	db?: AnyDb;
	pgSchema?: string;
	/** SQLite: where the database file goes (must not exist) */
	sqliteFile?: string;
	uploadDir: string;
}

async function isEmptyDir(dir: string): Promise<boolean> {
	try {
		return (await fsp.readdir(dir)).length === 0;
	} catch {
		return true;
	}
}

function tableOrder(tables: string[], keys: ForeignKey[]): string[] {
	const order: string[] = [];
	const placed = new Set<string>();
	let left = [...tables];
	while (left.length) {
		const ready = left.filter((t) =>
			keys.every(
				(k) => k.child !== t || k.parent === t || placed.has(k.parent) || !tables.includes(k.parent)
			)
		);
		if (!ready.length) throw new RestoreError(`circular foreign keys among ${left.join(', ')}`);
		for (const t of ready) {
			order.push(t);
			placed.add(t);
		}
		left = left.filter((t) => !placed.has(t));
	}
	return order;
}

/** Rows of a self-referencing table, parents before children. */
function parentsFirst(
	rows: Record<string, unknown>[],
	columns: string[]
): Record<string, unknown>[] {
	if (!columns.length) return rows;
	const done = new Set<unknown>();
	const out: Record<string, unknown>[] = [];
	let left = rows;
	while (left.length) {
		const ready = left.filter((r) =>
			columns.every((c) => r[c] === null || r[c] === undefined || done.has(r[c]) || r[c] === r.id)
		);
		if (!ready.length) return [...out, ...left]; // let the database report it
		for (const r of ready) {
			out.push(r);
			done.add(r.id);
		}
		left = left.filter((r) => !done.has(r.id));
	}
	return out;
}

async function migrateTo(db: AnyDb, name: string, pgSchema?: string): Promise<void> {
	const provider: MigrationProvider = {
		getMigrations: async (): Promise<Record<string, Migration>> => migrations
	};
	if (!(name in migrations)) {
		throw new RestoreError(
			`Die Sicherung stammt von einer neueren Version (Migration ${name}); bitte erst aktualisieren.`
		);
	}
	const migrator = new Migrator({
		db,
		provider,
		...(pgSchema ? { migrationTableSchema: pgSchema } : {})
	});
	const { error } = await migrator.migrateTo(name);
	if (error) throw new RestoreError(`Migration fehlgeschlagen: ${String(error)}`);
}

export async function restoreBackup(file: string, target: RestoreTarget): Promise<Manifest> {
	if (!fs.existsSync(file)) throw new RestoreError(`Die Datei ${file} gibt es nicht.`);
	if (!(await isEmptyDir(target.uploadDir))) {
		throw new RestoreError(`Der Upload-Ordner ${target.uploadDir} ist nicht leer.`);
	}
	if (target.dialect === 'sqlite') {
		if (!target.sqliteFile) throw new Error('sqliteFile is required');
		if (fs.existsSync(target.sqliteFile)) {
			throw new RestoreError(`Es gibt schon eine Datenbank: ${target.sqliteFile}`);
		}
	} else {
		if (!target.db) throw new Error('db is required');
		if ((await listPgTables(target.db)).length) {
			throw new RestoreError('Die PostgreSQL-Datenbank (das Schema) ist nicht leer.');
		}
	}

	let manifest: Manifest | null = null;
	const tables = new Map<string, Record<string, unknown>[]>();
	const input = openArchive(file);
	for await (const entry of readTar(input)) {
		if (entry.name === 'manifest.json') {
			manifest = JSON.parse((await collect(entry.chunks())).toString('utf8')) as Manifest;
			if (manifest.format !== BACKUP_FORMAT)
				throw new RestoreError('Das ist keine Bündnis-Sicherung.');
			if (manifest.dialect !== target.dialect) {
				throw new RestoreError(
					`Die Sicherung ist von ${manifest.dialect}, das Ziel ist ${target.dialect}.`
				);
			}
			continue;
		}
		if (!manifest) throw new RestoreError('Die Sicherung beginnt nicht mit manifest.json.');
		if (entry.name === 'database/buendnis.sqlite' && target.sqliteFile) {
			await fsp.mkdir(path.dirname(target.sqliteFile), { recursive: true });
			const tmp = `${target.sqliteFile}.restore`;
			await pipeline(entry.chunks(), fs.createWriteStream(tmp, { mode: 0o600 }));
			await fsp.rename(tmp, target.sqliteFile);
		} else if (entry.name.startsWith('database/') && entry.name.endsWith('.jsonl')) {
			const text = (await collect(entry.chunks())).toString('utf8');
			const rows = text
				.split('\n')
				.filter(Boolean)
				.map((line) => JSON.parse(line) as Record<string, unknown>);
			tables.set(entry.name.slice('database/'.length, -'.jsonl'.length), rows);
		} else if (entry.name.startsWith('uploads/')) {
			const rel = entry.name.slice('uploads/'.length);
			if (rel.split('/').some((part) => part === '..' || part === '' || part.startsWith('/'))) {
				throw new RestoreError(`Ungültiger Dateiname in der Sicherung: ${entry.name}`);
			}
			const dest = path.join(target.uploadDir, ...rel.split('/'));
			await fsp.mkdir(path.dirname(dest), { recursive: true });
			await pipeline(entry.chunks(), fs.createWriteStream(dest, { mode: 0o640 }));
		}
	}
	if (!manifest) throw new RestoreError('Die Sicherung ist leer.');

	if (target.dialect === 'postgres' && target.db) {
		const db = target.db;
		if (manifest.migration) await migrateTo(db, manifest.migration, target.pgSchema);
		const keys = await listPgForeignKeys(db);
		await db.transaction().execute(async (trx) => {
			for (const table of tableOrder([...tables.keys()], keys)) {
				const selfColumns = keys
					.filter((k) => k.child === table && k.parent === table)
					.map((k) => k.column);
				await insertRows(trx, table, parentsFirst(tables.get(table) ?? [], selfColumns));
			}
		});
		await sql`analyze`.execute(db);
	}
	return manifest;
}
