import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { PassThrough } from 'node:stream';
import zlib from 'node:zlib';
import type { Kysely } from 'kysely';
import { collect, openArchive, readTar, TarWriter } from './tar.ts';
import {
	MIGRATION_TABLES,
	insertRows,
	listColumns,
	listPgForeignKeys,
	listPgTables,
	listSqliteForeignKeys,
	listSqliteTables,
	selectRowsWhereIn,
	type ForeignKey
} from './backup.repository.ts';
import { RestoreError } from './restore.service.ts';

/*
 * One alliance moves between installations: `npm run backup -- --alliance slug --out FILE`
 * exports its rows (every table, found through alliance_id / organizationId and foreign keys),
 * the accounts of its people (with their password hashes, so they keep signing in) and its
 * uploads; `npm run restore -- --alliance FILE` adds it to an installation that runs (refused
 * when its id, slug or domain is taken there). A person whose e-mail already has an account in
 * the target keeps that account; memberships are moved onto it.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;
type Row = Record<string, unknown>;
type Dialect = 'sqlite' | 'postgres';

const ALLIANCE_FORMAT = 'buendnis-alliance';

/** Rows of people, not of the alliance: copied only for its members, never sessions. */
const PEOPLE = ['user', 'account'];
const NEVER = new Set([...MIGRATION_TABLES, 'session', 'verification', 'rate_limit']);

async function schemaOf(db: AnyDb, dialect: Dialect) {
	const tables = (
		dialect === 'postgres' ? await listPgTables(db) : await listSqliteTables(db)
	).filter((t) => !NEVER.has(t));
	const keys =
		dialect === 'postgres' ? await listPgForeignKeys(db) : await listSqliteForeignKeys(db, tables);
	const columns = new Map<string, string[]>();
	for (const t of tables) columns.set(t, await listColumns(db, dialect, t));
	return { tables, keys, columns };
}

export async function exportAlliance(
	source: { db: AnyDb; dialect: Dialect; uploadDir: string },
	slug: string,
	out: string
): Promise<{ tables: Record<string, number>; files: number }> {
	const { db, dialect } = source;
	const alliance = await db
		.selectFrom('alliance')
		.selectAll()
		.where('slug', '=', slug)
		.executeTakeFirst();
	if (!alliance) throw new RestoreError(`Kein Bündnis mit der Kurzadresse „${slug}“.`);
	const id = String(alliance.id);
	const { tables, keys, columns } = await schemaOf(db, dialect);
	const rows = new Map<string, Row[]>([['alliance', [alliance]]]);
	// Directly owned rows.
	for (const t of tables) {
		if (t === 'alliance' || PEOPLE.includes(t)) continue;
		const cols = columns.get(t) ?? [];
		const owner = cols.includes('alliance_id')
			? 'alliance_id'
			: cols.includes('organizationId')
				? 'organizationId'
				: null;
		if (owner) rows.set(t, await db.selectFrom(t).selectAll().where(owner, '=', id).execute());
	}
	// Rows owned through foreign keys to owned rows (e.g. event_topic through event): every row
	// that points to one of the alliance's rows belongs to it.
	for (let changed = true; changed;) {
		changed = false;
		for (const t of tables) {
			if (rows.has(t) || PEOPLE.includes(t)) continue;
			const via = keys.filter(
				(k) => k.child === t && k.parent !== t && k.parent !== 'user' && rows.has(k.parent)
			);
			if (!via.length) continue;
			const found = new Map<string, Row>();
			for (const k of via) {
				const parentIds = (rows.get(k.parent) ?? []).map((r) => r.id);
				for (const r of await selectRowsWhereIn(db, t, k.column, parentIds)) {
					found.set(JSON.stringify(r), r);
				}
			}
			rows.set(t, [...found.values()]);
			changed = true;
		}
	}
	// The people: every user an owned row points to through a foreign key, and their passwords.
	const userIds = new Set<unknown>();
	for (const k of keys.filter((k) => k.parent === 'user' && rows.has(k.child))) {
		for (const r of rows.get(k.child) ?? []) if (r[k.column]) userIds.add(r[k.column]);
	}
	rows.set('user', await selectRowsWhereIn(db, 'user', 'id', [...userIds]));
	rows.set('account', await selectRowsWhereIn(db, 'account', 'userId', [...userIds]));

	const pass = new PassThrough();
	const tmp = `${out}.${process.pid}.part`;
	const done = pipeline(pass, zlib.createGzip(), fs.createWriteStream(tmp, { mode: 0o600 }));
	const tar = new TarWriter(pass);
	const counts: Record<string, number> = {};
	for (const [t, r] of rows) counts[t] = r.length;
	const dir = path.join(source.uploadDir, id);
	const files = fs.existsSync(dir)
		? (await fsp.readdir(dir)).filter((f) => !f.endsWith('.tmp')).sort()
		: [];
	const manifest = Buffer.from(
		JSON.stringify(
			{
				format: ALLIANCE_FORMAT,
				version: 1,
				createdAt: new Date().toISOString(),
				dialect,
				slug,
				id,
				tables: counts,
				files: files.length
			},
			null,
			2
		) + '\n'
	);
	await tar.add('manifest.json', manifest, manifest.length);
	for (const [t, r] of rows) {
		const body = Buffer.from(r.map((x) => JSON.stringify(x)).join('\n') + (r.length ? '\n' : ''));
		await tar.add(`database/${t}.jsonl`, body, body.length);
	}
	for (const f of files) {
		const full = path.join(dir, f);
		const stat = await fsp.stat(full);
		await tar.add(`uploads/${id}/${f}`, fs.createReadStream(full), stat.size, stat.mtime);
	}
	await tar.finish();
	await done;
	await fsp.rename(tmp, out);
	return { tables: counts, files: files.length };
}

/** Values as the target database takes them (SQLite binds no booleans and no Date objects). */
function forDialect(row: Row, dialect: Dialect): Row {
	if (dialect === 'postgres') return row;
	const out: Row = {};
	for (const [k, v] of Object.entries(row)) out[k] = typeof v === 'boolean' ? (v ? 1 : 0) : v;
	return out;
}

function order(tables: string[], keys: ForeignKey[]): string[] {
	const result: string[] = [];
	const left = new Set(tables);
	while (left.size) {
		const ready = [...left].filter((t) =>
			keys.every((k) => k.child !== t || k.parent === t || !left.has(k.parent))
		);
		if (!ready.length) throw new RestoreError('circular foreign keys');
		for (const t of ready) {
			result.push(t);
			left.delete(t);
		}
	}
	return result;
}

export async function importAlliance(
	target: { db: AnyDb; dialect: Dialect; uploadDir: string },
	file: string
): Promise<{ slug: string; people: number; existingPeople: number }> {
	if (!fs.existsSync(file)) throw new RestoreError(`Die Datei ${file} gibt es nicht.`);
	const rows = new Map<string, Row[]>();
	const uploads: { rel: string; body: Buffer }[] = [];
	let manifest: { format: string; slug: string; id: string } | null = null;
	for await (const entry of readTar(openArchive(file))) {
		const body = await collect(entry.chunks());
		if (entry.name === 'manifest.json') manifest = JSON.parse(body.toString('utf8'));
		else if (entry.name.startsWith('database/'))
			rows.set(
				entry.name.slice(9, -6),
				body
					.toString('utf8')
					.split('\n')
					.filter(Boolean)
					.map((l) => JSON.parse(l) as Row)
			);
		else if (entry.name.startsWith('uploads/')) {
			const rel = entry.name.slice(8);
			if (rel.split('/').some((p) => p === '..' || p === '')) throw new RestoreError('bad name');
			uploads.push({ rel, body });
		}
	}
	if (manifest?.format !== ALLIANCE_FORMAT)
		throw new RestoreError('Das ist kein exportiertes Bündnis.');
	const { db, dialect } = target;
	const alliance = rows.get('alliance')?.[0];
	if (!alliance) throw new RestoreError('Das Bündnis fehlt in der Datei.');
	const clash = await db
		.selectFrom('alliance')
		.select(['id'])
		.where((eb) =>
			eb.or([
				eb('id', '=', alliance.id),
				eb('slug', '=', alliance.slug),
				...(alliance.domain ? [eb('domain', '=', alliance.domain)] : [])
			])
		)
		.executeTakeFirst();
	if (clash) {
		throw new RestoreError(
			`Kurzadresse, Domain oder Kennung von „${String(alliance.slug)}“ sind hier schon vergeben.`
		);
	}
	const { tables, keys } = await schemaOf(db, dialect);
	// People who already have an account here keep it; their rows point to it.
	const people = rows.get('user') ?? [];
	const existing = new Map<unknown, unknown>();
	for (const p of people) {
		const found = await db
			.selectFrom('user')
			.select('id')
			.where('email', '=', p.email)
			.executeTakeFirst();
		if (found) existing.set(p.id, found.id);
	}
	rows.set(
		'user',
		people.filter((p) => !existing.has(p.id))
	);
	rows.set(
		'account',
		(rows.get('account') ?? []).filter((a) => !existing.has(a.userId))
	);
	const userColumns = keys.filter((k) => k.parent === 'user');
	await db.transaction().execute(async (trx) => {
		for (const t of order(
			tables.filter((t) => rows.has(t)),
			keys
		)) {
			const self = keys.filter((k) => k.child === t && k.parent === t).map((k) => k.column);
			let list = (rows.get(t) ?? []).map((r) => {
				const copy = { ...r };
				for (const k of userColumns.filter((k) => k.child === t)) {
					if (existing.has(copy[k.column])) copy[k.column] = existing.get(copy[k.column]);
				}
				return forDialect(copy, dialect);
			});
			if (self.length) {
				const done = new Set<unknown>();
				const sorted: Row[] = [];
				while (list.length) {
					const ready = list.filter((r) => self.every((c) => r[c] == null || done.has(r[c])));
					if (!ready.length) {
						sorted.push(...list);
						break;
					}
					for (const r of ready) {
						sorted.push(r);
						done.add(r.id);
					}
					list = list.filter((r) => !done.has(r.id));
				}
				list = sorted;
			}
			await insertRows(trx, t, list);
		}
	});
	for (const u of uploads) {
		const dest = path.join(target.uploadDir, ...u.rel.split('/'));
		await fsp.mkdir(path.dirname(dest), { recursive: true });
		await fsp.writeFile(dest, u.body, { mode: 0o640 });
	}
	return { slug: String(alliance.slug), people: people.length, existingPeople: existing.size };
}
