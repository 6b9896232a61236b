// Two app processes on one PostgreSQL database, as behind a load balancer: a news post published
// through instance A is on instance B's news page at once — B had the page in its cache and
// trusts its list of alliances for a minute, so only A's change notice (LISTEN/NOTIFY) can
// make B see it within the test's bound.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { TEST_DATABASE_URL } from '../support/postgres-setup.ts';
import { ROOT, startApp, type RunningApp } from './support/app-process.ts';
import { demoLogin } from './support/app.ts';
import { desktopContext, launchBrowser } from './support/browser.ts';

let schema: string;
let a: RunningApp;
let b: RunningApp;
let browser: Browser;
const dirs: string[] = [];

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
	schema = `i_${crypto.randomBytes(6).toString('hex')}`;
	await admin(`create schema ${schema}`);
	const databaseUrl = `${TEST_DATABASE_URL}${TEST_DATABASE_URL.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
	const dataDir = () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'buendnis-instance-'));
		dirs.push(dir);
		return dir;
	};
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
	browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
	await browser?.close();
	await b?.stop();
	await a?.stop();
	for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
	if (schema) await admin(`drop schema ${schema} cascade`);
});

async function newsOnB(): Promise<{ text: string; cache: string | null }> {
	const response = await fetch(`${b.url}/neuigkeiten`);
	return { text: await response.text(), cache: response.headers.get('x-cache') };
}

test('a news post published through instance A is on instance B at once', async () => {
	const title = `Zwei Instanzen ${crypto.randomBytes(3).toString('hex')}`;
	// B renders the news page once and then answers it from its cache.
	expect((await newsOnB()).text).not.toContain(title);
	const cached = await newsOnB();
	expect(cached.cache).toMatch(/hit|stale|shared/);

	const context = await desktopContext(browser);
	const page = await context.newPage();
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
	await Promise.all([
		page.waitForURL((u) => !u.pathname.endsWith('/neu')),
		page.getByRole('button', { name: 'Speichern' }).click()
	]);
	await context.close();
	const saved = Date.now();

	// B's alliance list is trusted for a minute: only the change notice can bring the post in
	// time. Each try is one request to B; the bound stays far below that minute.
	let seen = false;
	for (let tries = 0; tries < 200 && Date.now() - saved < 20_000; tries++) {
		if ((await newsOnB()).text.includes(title)) {
			seen = true;
			break;
		}
	}
	expect(seen, 'B shows A’s news post').toBe(true);
	console.log(`[instances] B showed A's change ${Date.now() - saved} ms after the save`);
});
