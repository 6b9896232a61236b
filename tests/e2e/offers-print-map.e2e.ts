// The Familienwegweiser on an instance whose operator set a tile server (MAP_TILE_URL): the list
// and the offer page show a small map without JavaScript, the browser loads its tiles (the CSP
// allows exactly that server, and only on the Familienwegweiser's pages), the pages stay
// accessible; and the booklet link gives a PDF.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import sharp from 'sharp';
import { ROOT, startApp, type RunningApp } from './support/app-process.ts';
import { desktopContext, launchBrowser, phoneContext } from './support/browser.ts';
import { checkA11y } from './support/a11y.ts';
import { expectPublicPageBasics } from './support/page-checks.ts';

const TILES = 'https://kacheln.example.org';
let app: RunningApp;
let dataDir: string;
let browser: Browser;
let context: BrowserContext;
let tile: Buffer;
const tileRequests: string[] = [];
const otherRequests: string[] = [];

beforeAll(async () => {
	dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'buendnis-map-'));
	app = await startApp({
		dataDir,
		logFile: path.join(ROOT, 'test-results', 'offers-map-app.log'),
		env: {
			SEED_DEMO: 'true',
			MAP_TILE_URL: `${TILES}/{z}/{x}/{y}.png`,
			MAP_TILE_ATTRIBUTION: '© Kartenmacher Musterstadt'
		}
	});
	tile = await sharp({
		create: { width: 256, height: 256, channels: 3, background: '#cfe3c8' }
	})
		.png()
		.toBuffer();
	browser = await launchBrowser();
	context = await phoneContext(browser, { javaScriptEnabled: false });
	// The tile server is played here; every other host outside the app is noted (there must be none).
	await context.route('**/*', async (route) => {
		const u = route.request().url();
		if (u.startsWith(`${TILES}/`)) {
			tileRequests.push(u);
			return route.fulfill({ status: 200, contentType: 'image/png', body: tile });
		}
		if (!u.startsWith(app.url)) {
			otherRequests.push(u);
			return route.abort();
		}
		return route.continue();
	});
}, 180_000);

afterAll(async () => {
	await browser?.close();
	await app?.stop();
	if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

test('the CSP allows the tile server on the Familienwegweiser’s pages only', async () => {
	const list = await fetch(`${app.url}/angebote/liste`);
	await list.arrayBuffer();
	expect(list.headers.get('content-security-policy')).toMatch(
		new RegExp(`img-src 'self' data: ${TILES.replace(/\./g, '\\.')}(;|$)`)
	);
	const home = await fetch(`${app.url}/`);
	await home.arrayBuffer();
	expect(home.headers.get('content-security-policy')).not.toContain('kacheln');
});

test('a mother sees the offers on a map and the Krabbelgruppe’s place, without JavaScript', async () => {
	const page = await context.newPage();
	await page.goto(`${app.url}/angebote/liste?lebenslage=baby-kleinkind`);
	await expectPublicPageBasics(page);
	const map = page.locator('figure.offer-map');
	await expect(map.count()).resolves.toBe(1);
	await expect(map.locator('figcaption').textContent()).resolves.toContain(
		'© Kartenmacher Musterstadt'
	);
	// The tiles really load (a CSP violation would block them before any request).
	await page.waitForFunction(
		() =>
			[...document.querySelectorAll<HTMLImageElement>('figure.offer-map img')].some(
				(img) => img.complete && img.naturalWidth === 256
			),
		undefined,
		{ polling: 100 }
	);
	expect(tileRequests.length).toBeGreaterThan(0);
	expect(await map.locator('.pin').count()).toBeGreaterThan(1);

	await page
		.getByRole('link', { name: /Krabbelgruppe/ })
		.first()
		.click();
	await page.waitForURL(/\/angebote\/[a-z0-9-]+$/);
	await expectPublicPageBasics(page);
	await expect(page.locator('figure.offer-map .pin').count()).resolves.toBe(1);
	const offerPath = new URL(page.url()).pathname;
	expect(otherRequests).toEqual([]);
	await page.close();

	// Both pages with their maps pass axe (a desktop window that lets axe in).
	const desktop = await desktopContext(browser);
	await desktop.route(`${TILES}/**`, (route) =>
		route.fulfill({ status: 200, contentType: 'image/png', body: tile })
	);
	const check = await desktop.newPage();
	for (const p of ['/angebote/liste?lebenslage=baby-kleinkind', offerPath]) {
		await check.goto(`${app.url}${p}`);
		await checkA11y(check);
	}
	await desktop.close();
});

test('the booklet link gives the Lebenslage as a PDF', async () => {
	const page = await context.newPage();
	await page.goto(`${app.url}/angebote/liste?lebenslage=baby-kleinkind`);
	const href = await page
		.getByRole('link', { name: /als PDF zum Ausdrucken/ })
		.first()
		.getAttribute('href');
	expect(href).toBe('/angebote/wegweiser.pdf?lebenslage=baby-kleinkind');
	const pdf = await fetch(`${app.url}${href}`);
	expect(pdf.headers.get('content-type')).toBe('application/pdf');
	expect(
		Buffer.from(await pdf.arrayBuffer())
			.subarray(0, 5)
			.toString()
	).toBe('%PDF-');
	await page.close();
});
