// Two app processes on one database, as behind a load balancer or started with PROCESSES=2: a
// news post published through instance A is on instance B's news page at once. B had the page
// in its cache. On PostgreSQL B trusts its list of alliances for a minute, so only A's change
// notice (LISTEN/NOTIFY) can bring the post within the test's bound; on SQLite (two processes on
// one file) B's very first request after the save must show it — the file's change counter,
// checked per request, and not the list's five-second refresh.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { TEST_DATABASE_URL } from '../support/postgres-setup.ts';
import { ROOT, childProcesses, startApp, type RunningApp } from './support/app-process.ts';
import { demoLogin } from './support/app.ts';
import { desktopContext, launchBrowser } from './support/browser.ts';

let browser: Browser;
const dirs: string[] = [];

function dataDir(): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'buendnis-instance-'));
	dirs.push(dir);
	return dir;
}

async function admin(sql: string) {
	const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
	await client.connect();
	try {
		await client.query(sql);
	} finally {
		await client.end();
	}
}

beforeAll(async () => {
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

async function newsOn(app: RunningApp): Promise<{ text: string; cache: string | null }> {
	const response = await fetch(`${app.url}/neuigkeiten`);
	return { text: await response.text(), cache: response.headers.get('x-cache') };
}

/** Signs in to A as the demo coordinator and fills in a news post, ready to be saved. */
async function draftNews(page: Page, a: RunningApp, title: string): Promise<void> {
	const { email, password } = demoLogin('coordinator');
	await page.goto(`${a.url}/anmelden`);
	const form = page.locator('form').filter({ has: page.locator('input[type=password]') });
	await form.getByLabel(/E-Mail/i).fill(email);
	await form.getByLabel(/Passwort/i).fill(password);
	await Promise.all([
		page.waitForURL((u) => !u.pathname.endsWith('/anmelden')),
		form.locator('button[type=submit]').click()
	]);
	await page.goto(`${a.url}/admin/neuigkeiten/neu`);
	await page.getByLabel('Überschrift').fill(title);
	await page.getByLabel('Vorspann').fill('Veröffentlicht über Instanz A, gelesen über Instanz B.');
	await page.getByLabel('Veröffentlichen', { exact: true }).check();
}

async function save(page: Page): Promise<void> {
	await Promise.all([
		page.waitForURL((u) => !u.pathname.endsWith('/neu')),
		page.getByRole('button', { name: 'Speichern' }).click()
	]);
}

describe('PostgreSQL, two instances', () => {
	let schema: string;
	let a: RunningApp;
	let b: RunningApp;

	beforeAll(async () => {
		schema = `i_${crypto.randomBytes(6).toString('hex')}`;
		await admin(`create schema ${schema}`);
		const databaseUrl = `${TEST_DATABASE_URL}${TEST_DATABASE_URL.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
		a = await startApp({
			dataDir: dataDir(),
			logFile: path.join(ROOT, 'test-results', 'instance-a.log'),
			env: { DATABASE_URL: databaseUrl, SEED_DEMO: 'true', RATE_LIMIT_PER_MINUTE: '10000' }
		});
		b = await startApp({
			dataDir: dataDir(),
			logFile: path.join(ROOT, 'test-results', 'instance-b.log'),
			env: { DATABASE_URL: databaseUrl, SEED_DEMO: 'false', JOB_RUNNER: 'false' }
		});
	}, 240_000);

	afterAll(async () => {
		await b?.stop();
		await a?.stop();
		if (schema) await admin(`drop schema ${schema} cascade`);
	});

	test('a news post published through instance A is on instance B at once', async () => {
		const title = `Zwei Instanzen ${crypto.randomBytes(3).toString('hex')}`;
		// B renders the news page once and then answers it from its cache.
		expect((await newsOn(b)).text).not.toContain(title);
		const cached = await newsOn(b);
		expect(cached.cache).toMatch(/hit|stale|shared/);

		const context = await desktopContext(browser);
		const page = await context.newPage();
		await draftNews(page, a, title);
		await save(page);
		await context.close();
		const saved = Date.now();

		// B's alliance list is trusted for a minute: only the change notice can bring the post in
		// time. Each try is one request to B; the bound stays far below that minute.
		let seen = false;
		for (let tries = 0; tries < 200 && Date.now() - saved < 20_000; tries++) {
			if ((await newsOn(b)).text.includes(title)) {
				seen = true;
				break;
			}
		}
		expect(seen, 'B shows A’s news post').toBe(true);
		console.log(`[instances] B showed A's change ${Date.now() - saved} ms after the save`);
	});
});

describe('SQLite, two processes on one database file', () => {
	let a: RunningApp;
	let b: RunningApp;

	beforeAll(async () => {
		const shared = dataDir();
		a = await startApp({
			dataDir: shared,
			logFile: path.join(ROOT, 'test-results', 'instance-sqlite-a.log'),
			env: { SEED_DEMO: 'true', RATE_LIMIT_PER_MINUTE: '10000' }
		});
		b = await startApp({
			dataDir: shared,
			logFile: path.join(ROOT, 'test-results', 'instance-sqlite-b.log'),
			env: { SEED_DEMO: 'false', JOB_RUNNER: 'false' }
		});
	}, 240_000);

	afterAll(async () => {
		await b?.stop();
		await a?.stop();
	});

	test('B’s first answer after A saved a news post shows it', async () => {
		const title = `Zwei Prozesse ${crypto.randomBytes(3).toString('hex')}`;
		const context = await desktopContext(browser);
		const page = await context.newPage();
		await draftNews(page, a, title);
		// Right before the save B answers the page from its cache, with its list just read.
		expect((await newsOn(b)).text).not.toContain(title);
		const cached = await newsOn(b);
		expect(cached.cache).toMatch(/hit|stale|shared/);
		expect(cached.text).not.toContain(title);
		await save(page);
		await context.close();
		const after = await newsOn(b);
		expect(after.text, 'B’s first answer after the save').toContain(title);
		expect(after.cache).not.toBe('hit');
	});
});

async function until(condition: () => boolean | Promise<boolean>, what: string, ms = 60_000) {
	const deadline = Date.now() + ms;
	while (!(await condition())) {
		if (Date.now() > deadline) throw new Error(`timed out waiting for: ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
}

describe('PROCESSES=2: one port, two serving processes under a supervisor', () => {
	let app: RunningApp;

	beforeAll(async () => {
		app = await startApp({
			dataDir: dataDir(),
			logFile: path.join(ROOT, 'test-results', 'processes-2.log'),
			env: { SEED_DEMO: 'true', PROCESSES: '2' }
		});
	}, 240_000);

	afterAll(async () => {
		await app?.stop();
	});

	test('both serve, a process that dies is replaced, and stopping ends them all', async () => {
		const supervisor = app.process.pid ?? 0;
		const workers = childProcesses(supervisor);
		expect(workers).toHaveLength(2);
		expect(fs.readFileSync(app.logFile, 'utf8')).toContain('Prozesse: 2');

		// Concurrent visitors (with a session cookie: rendered, not from the page cache).
		const answers = await Promise.all(
			Array.from({ length: 20 }, () =>
				fetch(`${app.url}/termine`, {
					headers: { cookie: 'better-auth.session_token=nobody' }
				}).then((r) => r.status)
			)
		);
		expect(answers.every((s) => s === 200)).toBe(true);

		const [gone] = workers;
		process.kill(gone ?? 0, 'SIGKILL');
		await until(
			() =>
				childProcesses(supervisor).length === 2 && !childProcesses(supervisor).includes(gone ?? 0),
			'a new process in place of the killed one'
		);
		await until(async () => {
			const statuses = await Promise.all(
				Array.from({ length: 6 }, () =>
					fetch(`${app.url}/neuigkeiten`)
						.then((r) => r.status)
						.catch(() => 0)
				)
			);
			return statuses.every((s) => s === 200);
		}, 'every answer 200 again');
		expect(fs.readFileSync(app.logFile, 'utf8')).toContain('er wird neu gestartet');

		const remaining = childProcesses(supervisor);
		await app.stop();
		for (const pid of remaining) {
			await until(() => !fs.existsSync(`/proc/${pid}`), `process ${pid} ended`, 15_000);
		}
	});
});
