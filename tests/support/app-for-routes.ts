import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { getApp, startApp, type App } from '../../src/lib/server/app.ts';
import { resetEnv } from '../../src/lib/server/env.ts';
import { TEST_DATABASE_URL } from './postgres-setup.ts';
import { TestSmtp } from './smtp.ts';
import type { Alliance } from '../../src/lib/server/alliances/alliance.types.ts';
import type { Viewer } from '../../src/lib/server/auth/viewer.ts';

export interface RouteLocals {
	alliance: Alliance | null;
	prefix: string;
	locale: 'de' | 'en';
	viewer: Viewer | null;
}

/**
 * The real application (getApp()) on a fresh database of the test project's kind, with mail to a
 * real SMTP server and no job runner, so that tests can call route modules (+page.server.ts,
 * +server.ts) directly: their permission checks, form parsing and answers. One per test file.
 */
export async function startAppForRoutes(): Promise<{
	app: App;
	smtp: TestSmtp;
	close(): Promise<void>;
}> {
	const smtp = await new TestSmtp().start();
	const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'buendnis-routes-'));
	let schema: string | undefined;
	let databaseUrl = '';
	if (process.env.TEST_DB === 'postgres') {
		schema = `r_${crypto.randomBytes(6).toString('hex')}`;
		const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
		await client.connect();
		await client.query(`create schema ${schema}`);
		await client.end();
		const options = encodeURIComponent(`-c search_path=${schema}`);
		databaseUrl = `${TEST_DATABASE_URL}${TEST_DATABASE_URL.includes('?') ? '&' : '?'}options=${options}`;
	}
	Object.assign(process.env, {
		NODE_ENV: 'test',
		DATA_DIR: dataDir,
		DATABASE_URL: databaseUrl,
		PUBLIC_URL: 'http://localhost:5999',
		SMTP_HOST: '127.0.0.1',
		SMTP_PORT: String(smtp.port),
		SMTP_SECURE: 'false',
		SMTP_FROM: 'buendnis@example.org',
		SEED_DEMO: 'false',
		JOB_RUNNER: 'false',
		LOG_LEVEL: 'silent'
	});
	resetEnv();
	await startApp();
	const app = getApp();
	return {
		app,
		smtp,
		async close() {
			app.mailer.close?.();
			await app.handle.close();
			await smtp.stop();
			fs.rmSync(dataDir, { recursive: true, force: true });
			if (schema) {
				const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
				await client.connect();
				await client.query(`drop schema ${schema} cascade`);
				await client.end();
			}
		}
	};
}

/** A RequestEvent as far as our routes use it. */
export function requestEvent(options: {
	url: string;
	locals: RouteLocals;
	params?: Record<string, string>;
	form?: Record<string, string | string[]>;
	method?: string;
}) {
	const url = new URL(options.url);
	let body: FormData | undefined;
	if (options.form) {
		body = new FormData();
		for (const [key, value] of Object.entries(options.form)) {
			for (const v of Array.isArray(value) ? value : [value]) body.append(key, v);
		}
	}
	const headers: Record<string, string> = {};
	return {
		url,
		params: options.params ?? {},
		locals: options.locals,
		request: new Request(url, { method: options.method ?? (body ? 'POST' : 'GET'), body }),
		getClientAddress: () => '10.77.0.1',
		setHeaders: (h: Record<string, string>) => Object.assign(headers, h),
		headers
	};
}

/** Runs a load/action/handler and returns what it returned or threw (redirects, errors). */
export async function outcome(run: () => unknown): Promise<{ value?: unknown; thrown?: unknown }> {
	try {
		return { value: await run() };
	} catch (thrown) {
		return { thrown };
	}
}
