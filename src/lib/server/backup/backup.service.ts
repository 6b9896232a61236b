import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { PassThrough } from 'node:stream';
import zlib from 'node:zlib';
import SQLite from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { TarWriter } from './tar.ts';
import { MIGRATION_TABLES, listPgTables, selectAllRows } from './backup.repository.ts';

/*
 * `npm run backup -- --out FILE`: a consistent, compressed snapshot of the database and the
 * uploads while the site runs, as a .tar.gz:
 *   manifest.json                 format, dialect, newest migration, tables and row counts
 *   database/buendnis.sqlite      SQLite: the online backup API's copy (consistent at one instant)
 *   database/<table>.jsonl        PostgreSQL: every table, one JSON row per line, read in one
 *                                 REPEATABLE READ transaction (one consistent snapshot)
 *   uploads/<alliance>/<key>      every uploaded file
 * The database is copied first, then the files: a file uploaded meanwhile is extra (the daily
 * clean-up removes it after a restore); a file the snapshot knows is never missing unless it was
 * deleted in the seconds between.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export const BACKUP_FORMAT = 'buendnis-backup';
const BACKUP_VERSION = 1;

export interface Manifest {
	format: typeof BACKUP_FORMAT;
	version: number;
	createdAt: string;
	dialect: 'sqlite' | 'postgres';
	/** Newest migration applied to the database that was saved */
	migration: string | null;
	tables: Record<string, number>;
	files: number;
}

export interface BackupSource {
	dialect: 'sqlite' | 'postgres';
	db: AnyDb;
	/** SQLite: the database file */
	sqliteFile?: string;
	uploadDir: string;
}

async function* walk(dir: string, base = dir): AsyncGenerator<string> {
	let entries: fs.Dirent[];
	try {
		entries = await fsp.readdir(dir, { withFileTypes: true });
	} catch {
		return;
	}
	for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) yield* walk(full, base);
		else if (entry.isFile() && !entry.name.endsWith('.tmp')) yield path.relative(base, full);
	}
}

async function newestMigration(db: AnyDb): Promise<string | null> {
	try {
		const row = await db
			.selectFrom('kysely_migration')
			.select('name')
			.orderBy('name', 'desc')
			.executeTakeFirst();
		return (row?.name as string | undefined) ?? null;
	} catch {
		return null;
	}
}

function jsonl(rows: Record<string, unknown>[]): Buffer {
	return Buffer.from(rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : ''));
}

/** Writes the backup to `out` (a .tar.gz file; written beside it first, then renamed). */
export async function createBackup(source: BackupSource, out: string): Promise<Manifest> {
	const tmpOut = `${out}.${process.pid}.part`;
	const gzip = zlib.createGzip({ level: 6 });
	const pass = new PassThrough();
	const done = pipeline(pass, gzip, fs.createWriteStream(tmpOut, { mode: 0o600 }));
	const tar = new TarWriter(pass);
	const manifest: Manifest = {
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		createdAt: new Date().toISOString(),
		dialect: source.dialect,
		migration: null,
		tables: {},
		files: 0
	};
	const parts: { name: string; body: Buffer }[] = [];
	let sqliteCopy: string | null = null;
	try {
		if (source.dialect === 'sqlite') {
			if (!source.sqliteFile) throw new Error('sqliteFile is required for SQLite');
			sqliteCopy = path.join(
				await fsp.mkdtemp(path.join(os.tmpdir(), 'buendnis-backup-')),
				'buendnis.sqlite'
			);
			const live = new SQLite(source.sqliteFile, { fileMustExist: true });
			try {
				await live.backup(sqliteCopy);
			} finally {
				live.close();
			}
			const copy = new SQLite(sqliteCopy, { readonly: true });
			try {
				const names = copy
					.prepare(
						"select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name"
					)
					.all() as { name: string }[];
				for (const { name } of names) {
					const row = copy.prepare(`select count(*) as n from "${name}"`).get() as { n: number };
					manifest.tables[name] = row.n;
				}
				const migration = names.some((n) => n.name === 'kysely_migration')
					? (copy.prepare('select max(name) as m from kysely_migration').get() as {
							m: string | null;
						})
					: { m: null };
				manifest.migration = migration.m;
			} finally {
				copy.close();
			}
		} else {
			manifest.migration = await newestMigration(source.db);
			await source.db
				.transaction()
				.setIsolationLevel('repeatable read')
				.execute(async (trx) => {
					for (const table of await listPgTables(trx)) {
						if (MIGRATION_TABLES.includes(table)) continue;
						const rows = await selectAllRows(trx, table);
						manifest.tables[table] = rows.length;
						parts.push({ name: `database/${table}.jsonl`, body: jsonl(rows) });
					}
				});
		}
		const files: string[] = [];
		for await (const rel of walk(source.uploadDir)) files.push(rel);
		manifest.files = files.length;

		const head = Buffer.from(JSON.stringify(manifest, null, 2) + '\n');
		await tar.add('manifest.json', head, head.length);
		if (sqliteCopy) {
			const size = (await fsp.stat(sqliteCopy)).size;
			await tar.add('database/buendnis.sqlite', fs.createReadStream(sqliteCopy), size);
		}
		for (const part of parts) await tar.add(part.name, part.body, part.body.length);
		for (const rel of files) {
			const full = path.join(source.uploadDir, rel);
			let stat: fs.Stats;
			try {
				stat = await fsp.stat(full);
			} catch {
				continue; // deleted since the listing
			}
			await tar.add(
				`uploads/${rel.split(path.sep).join('/')}`,
				fs.createReadStream(full),
				stat.size,
				stat.mtime
			);
		}
		await tar.finish();
		await done;
		await fsp.rename(tmpOut, out);
		return manifest;
	} catch (error) {
		pass.destroy();
		await done.catch(() => {});
		await fsp.rm(tmpOut, { force: true });
		throw error;
	} finally {
		if (sqliteCopy) await fsp.rm(path.dirname(sqliteCopy), { recursive: true, force: true });
	}
}
