import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASE_URL } from '../../../../tests/support/postgres-setup.ts';
import { buildApp, type App } from '../app.ts';
import { parseEnv } from '../env.ts';
import { createDb, type DbHandle } from '../db/db.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { storeDocument } from '../uploads/upload-store.service.ts';
import { createBackup } from './backup.service.ts';
import { RestoreError, restoreBackup } from './restore.service.ts';
import { listPgTables, listSqliteTables, selectAllRows } from './backup.repository.ts';
import { exportAlliance, importAlliance } from './alliance-transfer.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { createAuth } from '../auth/auth.ts';
import { createAccount } from '../accounts/account.service.ts';

/*
 * Backup and restore round trip on the test project's database: the demo installation (with
 * uploads) is saved while writes go on, restored into an empty installation, and every table
 * and every file is compared.
 */

const postgres = process.env.TEST_DB === 'postgres';
const schemas: string[] = [];
const dirs: string[] = [];
let app: App;

async function newSchema(): Promise<{ url: string; schema: string }> {
	const schema = `b_${crypto.randomBytes(6).toString('hex')}`;
	const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
	await client.connect();
	await client.query(`create schema ${schema}`);
	await client.end();
	schemas.push(schema);
	const options = encodeURIComponent(`-c search_path=${schema}`);
	return {
		schema,
		url: `${TEST_DATABASE_URL}${TEST_DATABASE_URL.includes('?') ? '&' : '?'}options=${options}`
	};
}

function tempDir(): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'buendnis-backup-test-'));
	dirs.push(dir);
	return dir;
}

function filesOf(dir: string): Record<string, string> {
	const out: Record<string, string> = {};
	const walk = (d: string) => {
		if (!fs.existsSync(d)) return;
		for (const e of fs.readdirSync(d, { withFileTypes: true })) {
			const full = path.join(d, e.name);
			if (e.isDirectory()) walk(full);
			else
				out[path.relative(dir, full)] = crypto
					.createHash('sha256')
					.update(fs.readFileSync(full))
					.digest('hex');
		}
	};
	walk(dir);
	return out;
}

async function snapshot(handle: DbHandle): Promise<Record<string, string[]>> {
	const tables =
		handle.dialect === 'postgres'
			? await listPgTables(handle.db)
			: await listSqliteTables(handle.db);
	const out: Record<string, string[]> = {};
	for (const table of tables) {
		if (table.startsWith('kysely_migration')) continue;
		out[table] = (await selectAllRows(handle.db, table)).map((r) => JSON.stringify(r)).sort();
	}
	return out;
}

let source: { dataDir: string; url: string };

beforeAll(async () => {
	const dataDir = tempDir();
	const url = postgres ? (await newSchema()).url : '';
	source = { dataDir, url };
	app = await buildApp(
		parseEnv({
			DATA_DIR: dataDir,
			DATABASE_URL: url,
			SEED_DEMO: 'true',
			LOG_LEVEL: 'silent',
			JOB_RUNNER: 'false'
		})
	);
	const alliance = await app.db.selectFrom('alliance').select('id').executeTakeFirstOrThrow();
	const doc = await storeDocument(
		app,
		alliance.id,
		null,
		new File([Buffer.from('%PDF-1.4\n%%EOF\n')], 'jahresbericht.pdf'),
		{ title: 'Jahresbericht', listed: true }
	);
	expect(doc.ok).toBe(true);
}, 120_000);

afterAll(async () => {
	await app?.handle.close();
	for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
	if (schemas.length) {
		const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
		await client.connect();
		for (const s of schemas) await client.query(`drop schema ${s} cascade`);
		await client.end();
	}
});

describe('backup and restore', () => {
	it('a backup taken while the site writes restores into an empty installation identical, every table and every file', async () => {
		const out = path.join(tempDir(), 'sicherung.tar.gz');
		const alliance = await app.db.selectFrom('alliance').select('id').executeTakeFirstOrThrow();
		// Writes go on while the backup runs.
		let writing = true;
		const writes = (async () => {
			let n = 0;
			while (writing && n < 200) {
				await recordAudit(app, {
					allianceId: alliance.id,
					userId: null,
					action: 'update',
					entity: 'page',
					summary: `während der Sicherung ${n++}`
				});
			}
		})();
		const manifest = await createBackup(
			{
				dialect: app.dialect,
				db: app.db,
				sqliteFile: path.join(source.dataDir, 'buendnis.sqlite'),
				uploadDir: app.uploadDir
			},
			out
		);
		writing = false;
		await writes;
		expect(manifest.files).toBeGreaterThan(0);
		expect(manifest.tables.page).toBeGreaterThan(0);
		// Any tar reads it.
		const listing = spawnSync('tar', ['-tzf', out], { encoding: 'utf8' });
		expect(listing.status).toBe(0);
		expect(listing.stdout).toContain('manifest.json');

		const targetDir = tempDir();
		const target = postgres ? await newSchema() : null;
		const targetHandle = target ? createDb({ databaseUrl: target.url }) : null;
		try {
			await restoreBackup(out, {
				dialect: app.dialect,
				db: targetHandle?.db,
				pgSchema: target?.schema,
				sqliteFile: path.join(targetDir, 'buendnis.sqlite'),
				uploadDir: path.join(targetDir, 'uploads')
			});
			const restored = targetHandle ?? createDb({ dataDir: targetDir });
			const after = await snapshot(restored);
			// The restored database is the one of the backup's instant: its counts, and the
			// source's rows except for what was written after that instant.
			for (const [table, count] of Object.entries(manifest.tables)) {
				if (table.startsWith('kysely_migration')) continue;
				expect(after[table]?.length, table).toBe(count);
			}
			const now = await snapshot(app.handle);
			for (const table of Object.keys(now)) {
				if (table === 'audit_log') {
					for (const row of after[table] ?? []) expect(now[table]).toContain(row);
				} else expect(after[table], table).toEqual(now[table]);
			}
			expect(filesOf(path.join(targetDir, 'uploads'))).toEqual(filesOf(app.uploadDir));
			if (!targetHandle) await restored.close();

			// A second restore into the same (no longer empty) installation is refused.
			await expect(
				restoreBackup(out, {
					dialect: app.dialect,
					db: targetHandle?.db,
					pgSchema: target?.schema,
					sqliteFile: path.join(targetDir, 'buendnis.sqlite'),
					uploadDir: path.join(tempDir(), 'uploads')
				})
			).rejects.toBeInstanceOf(RestoreError);
		} finally {
			await targetHandle?.close();
		}
	}, 120_000);

	it('one alliance moves to another installation with its people, files and rows; never twice, never as operator', async () => {
		const out = path.join(tempDir(), 'musterstadt.tar.gz');
		const exported = await exportAlliance(
			{ db: app.db, dialect: app.dialect, uploadDir: app.uploadDir },
			'musterstadt',
			out
		);
		expect(exported.tables.page).toBeGreaterThan(0);
		expect(exported.files).toBeGreaterThan(0);

		// The target runs already, with its own operator; the demo coordinator has an account there.
		const targetDir = tempDir();
		const target = postgres ? await newSchema() : null;
		const handle = createDb(target ? { databaseUrl: target.url } : { dataDir: targetDir });
		try {
			await migrateToLatest(handle.db, { pgSchema: target?.schema });
			const auth = createAuth({
				db: handle.db,
				dialect: handle.dialect,
				secret: crypto.randomBytes(32).toString('hex'),
				baseURL: 'http://localhost:5999',
				mail: {
					passwordReset: async () => {},
					invitation: async () => {},
					magicLink: async () => {}
				}
			});
			const existing = await createAccount(
				{ db: handle.db, auth },
				{
					email: 'koordination@musterstadt.example',
					name: 'Petra',
					password: 'ein-langes-passwort'
				}
			);
			const uploadDir = path.join(targetDir, 'uploads');
			const result = await importAlliance(
				{ db: handle.db, dialect: handle.dialect, uploadDir },
				out
			);
			expect(result).toMatchObject({ slug: 'musterstadt', existingPeople: 1 });

			const id = (await app.db.selectFrom('alliance').select('id').executeTakeFirstOrThrow()).id;
			for (const table of [
				'page',
				'news_post',
				'partner',
				'event',
				'event_occurrence',
				'file',
				'topic'
			]) {
				const before = (
					await app.db
						.selectFrom(table as 'page')
						.selectAll()
						.where('alliance_id', '=', id)
						.execute()
				)
					.map((r) => JSON.stringify(r))
					.sort();
				const after = (
					await handle.db
						.selectFrom(table as 'page')
						.selectAll()
						.where('alliance_id', '=', id)
						.execute()
				)
					.map((r) => JSON.stringify(r))
					.sort();
				expect(after, table).toEqual(before);
			}
			expect(filesOf(uploadDir)).toEqual(
				Object.fromEntries(Object.entries(filesOf(app.uploadDir)).filter(([k]) => k.startsWith(id)))
			);
			// The coordinator's membership moved onto the account that existed; nobody became operator.
			const member = await handle.db
				.selectFrom('member')
				.select('role')
				.where('organizationId', '=', id)
				.where('userId', '=', existing.userId)
				.executeTakeFirst();
			expect(member?.role).toBe('coordinator');
			const admins = await handle.db
				.selectFrom('user')
				.select('email')
				.where('role', '=', 'admin')
				.execute();
			expect(admins).toEqual([]);

			await expect(
				importAlliance({ db: handle.db, dialect: handle.dialect, uploadDir }, out)
			).rejects.toBeInstanceOf(RestoreError);
		} finally {
			await handle.close();
		}
	}, 120_000);
});
