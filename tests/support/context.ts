import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import pino from 'pino';
import { createAuth, type Auth } from '../../src/lib/server/auth/auth.ts';
import { authMailHooks } from '../../src/lib/server/auth/auth.mails.ts';
import type { ServiceContext } from '../../src/lib/server/context.ts';
import { createDb, type DbHandle } from '../../src/lib/server/db/db.ts';
import { migrateToLatest } from '../../src/lib/server/db/migrate.ts';
import { createMailer } from '../../src/lib/server/mail/mailer.ts';
import { mailBrandOf } from '../../src/lib/server/alliances/mail-brand.service.ts';
import { AllianceRegistry } from '../../src/lib/server/tenancy/tenancy.ts';
import { TEST_DATABASE_URL } from './postgres-setup.ts';
import { TestSmtp } from './smtp.ts';

export interface TestContext extends ServiceContext {
	handle: DbHandle;
	auth: Auth;
	registry: AllianceRegistry;
	smtp: TestSmtp;
	/** Drops the database (or PostgreSQL schema), stops SMTP, removes files. */
	close(): Promise<void>;
}

/**
 * A fresh, migrated database of the kind the test project asks for (TEST_DB=sqlite|postgres),
 * a real SMTP server catching mail, and a temporary upload folder.
 */
export async function createTestContext(): Promise<TestContext> {
	const kind = process.env.TEST_DB === 'postgres' ? 'postgres' : 'sqlite';
	let schema: string | undefined;
	if (kind === 'postgres') {
		schema = `t_${crypto.randomBytes(6).toString('hex')}`;
		const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
		await client.connect();
		await client.query(`create schema ${schema}`);
		await client.end();
	}
	const handle = createDb(
		kind === 'postgres'
			? { databaseUrl: TEST_DATABASE_URL, pgSchema: schema }
			: { sqliteFile: ':memory:' }
	);
	await migrateToLatest(handle.db, { pgSchema: schema });
	const smtp = await new TestSmtp().start();
	const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'buendnis-test-'));
	const log = pino({ level: 'silent' });
	const mailer = createMailer(
		{
			from: 'buendnis@example.org',
			smtp: { host: '127.0.0.1', port: smtp.port, secure: false },
			dropDir: '',
			brandOf: (allianceId) => mailBrandOf({ db: handle.db, uploadDir, log }, allianceId)
		},
		log
	);
	const publicUrl = 'http://localhost:5999';
	const auth = createAuth({
		db: handle.db,
		dialect: handle.dialect,
		secret: crypto.randomBytes(32).toString('hex'),
		baseURL: publicUrl,
		mail: authMailHooks(mailer, publicUrl)
	});
	return {
		handle,
		db: handle.db,
		dialect: handle.dialect,
		mailer,
		log,
		uploadDir,
		publicUrl,
		auth,
		registry: new AllianceRegistry(handle.db, 0),
		smtp,
		async close() {
			mailer.close?.();
			await handle.close();
			await smtp.stop();
			fs.rmSync(uploadDir, { recursive: true, force: true });
			if (schema) {
				const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
				await client.connect();
				await client.query(`drop schema ${schema} cascade`);
				await client.end();
			}
		}
	};
}
