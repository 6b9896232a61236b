// The public page cache against the running app (scripts/start.ts with its fast path): a
// request with forged headers cannot change what the next visitor gets, and the client
// router's data requests get data, never a cached HTML page.
import http from 'node:http';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseUrl, url } from './support/app.ts';
import { desktopContext, launchBrowser } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

interface Answer {
	status: number;
	headers: http.IncomingHttpHeaders;
	body: string;
}

/** A raw HTTP request, so that Host and X-Forwarded-* can be anything a client sends. */
function raw(path: string, headers: Record<string, string> = {}): Promise<Answer> {
	const target = new URL(baseUrl());
	return new Promise((resolve, reject) => {
		const request = http.request(
			{ host: target.hostname, port: target.port, path, method: 'GET', headers },
			(response) => {
				const chunks: Buffer[] = [];
				response.on('data', (c: Buffer) => chunks.push(c));
				response.on('end', () =>
					resolve({
						status: response.statusCode ?? 0,
						headers: response.headers,
						body: Buffer.concat(chunks).toString('utf8')
					})
				);
			}
		);
		request.on('error', reject);
		request.end();
	});
}

/** The path of one event page of the demo alliance, read from the calendar. */
async function anEventPath(): Promise<string> {
	const calendar = await (await fetch(url('/termine'))).text();
	const match = /href="(\/termine\/(?!monat|tag|archiv|feed|melden)[a-z0-9-]+)"/.exec(calendar);
	if (!match?.[1]) throw new Error('no event link on /termine');
	return match[1];
}

test('forged X-Forwarded-Proto and Host do not poison the page the next visitor gets', async () => {
	const path = `${await anEventPath()}?vergiftet=${Date.now()}`;
	const forged = await raw(path, {
		host: new URL(baseUrl()).host,
		'x-forwarded-proto': 'javascript',
		'x-forwarded-host': 'attacker.example'
	});
	expect(forged.status).toBe(200);
	const clean = await raw(path, { host: new URL(baseUrl()).host });
	expect(clean.status).toBe(200);
	expect(clean.headers['x-cache'], 'the second answer comes from the cache').toBe('hit');
	for (const answer of [forged, clean]) {
		expect(answer.body).not.toMatch(/"null\/|content="null|href="null|javascript:/);
		expect(answer.body).not.toContain('attacker.example');
		expect(answer.body).toContain(`<link rel="canonical" href="${baseUrl()}/termine/`);
	}

	// A forged Host on its own changes no absolute URL either (the only alliance answers).
	const otherHost = await raw(path, { host: 'attacker.example' });
	expect(otherHost.body).not.toContain('attacker.example');
	expect(otherHost.body).toContain(`<link rel="canonical" href="${baseUrl()}/termine/`);
});

test('a data request for a cached page gets JSON, not the cached HTML', async () => {
	const page = await raw('/neuigkeiten');
	expect(page.status).toBe(200);
	expect((await raw('/neuigkeiten')).headers['x-cache']).toBe('hit');
	for (const path of ['/neuigkeiten/__data.json', '/b/musterstadt/neuigkeiten/__data.json']) {
		const data = await raw(`${path}?x-sveltekit-invalidated=01`);
		expect(data.status, path).toBe(200);
		expect(data.headers['content-type'], path).toMatch(/^application\/json/);
		expect(data.headers['x-cache'], path).toBeUndefined();
		expect(() => JSON.parse(data.body), path).not.toThrow();
	}
});

test('public pages ship no script: a click between two cached pages loads the cached HTML', async () => {
	// Both pages are in the page cache before the visitor comes.
	for (const path of ['/', '/neuigkeiten', '/', '/neuigkeiten']) await raw(path);
	expect((await raw('/neuigkeiten')).headers['x-cache']).toBe('hit');
	const context = await desktopContext(browser);
	try {
		const tab = await context.newPage();
		const errors: string[] = [];
		tab.on('pageerror', (error) => errors.push(String(error)));
		const scripts: string[] = [];
		tab.on('request', (request) => {
			if (request.resourceType() === 'script' || request.url().includes('__data.json'))
				scripts.push(request.url());
		});
		await tab.goto(url('/'));
		// Decision 092: nothing to hydrate, the page says so from the start.
		expect(await tab.getAttribute('html', 'data-hydrated')).toBe('static');
		expect(await tab.locator('script:not([type="application/ld+json"])').count()).toBe(0);
		await tab.locator('header').getByRole('link', { name: 'Neuigkeiten' }).first().click();
		await tab.waitForURL((u) => u.pathname === '/neuigkeiten');
		await expect.poll(() => tab.locator('h1').innerText()).toMatch(/Neuigkeiten/);
		expect(errors).toEqual([]);
		expect(scripts, 'no script and no data request on public pages').toEqual([]);
	} finally {
		await context.close();
	}
});

test('favicon.ico is the alliance’s icon, a PNG, on every path form', async () => {
	for (const path of ['/favicon.ico', '/b/musterstadt/favicon.ico']) {
		const response = await fetch(url(path));
		expect(response.status, path).toBe(200);
		expect(response.headers.get('content-type'), path).toBe('image/png');
		const bytes = new Uint8Array(await response.arrayBuffer());
		expect([...bytes.slice(0, 4)], path).toEqual([0x89, 0x50, 0x4e, 0x47]);
	}
	const home = await (await fetch(url('/'))).text();
	expect(home).toMatch(/<link rel="icon" type="image\/png" href="\/favicon\.ico"/);
});
