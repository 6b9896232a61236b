// A coordinator keeps the site current: edits a page's text and uploads the logo, and both
// are live on the public site at once.
import crypto from 'node:crypto';
import sharp from 'sharp';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { login, url } from './support/app.ts';
import { desktopContext, launchBrowser, withTimeouts } from './support/browser.ts';

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
	browser = await launchBrowser();
	context = await desktopContext(browser);
	page = await context.newPage();
	await login(page, 'coordinator');
});
afterAll(async () => {
	await browser?.close();
});

test('edits a page in the rich-text editor, saves, and the public page shows it', async () => {
	const sentence = `Neu im Familienbüro: offene Sprechstunde ${crypto.randomBytes(3).toString('hex')}.`;
	await page.goto(url('/admin/seiten'));
	await page.locator('main').getByRole('link', { name: 'Über uns', exact: true }).first().click();
	await page.waitForURL(/\/admin\/seiten\/(?!neu)[^/]+$/);
	const publicPath = await page
		.locator('main')
		.getByRole('link', { name: 'Ansehen' })
		.first()
		.evaluate((a) => (a as HTMLAnchorElement).pathname);
	const editor = page.locator('[contenteditable=true]').first();
	await editor.waitFor();
	await editor.click();
	await page.keyboard.press('Control+End');
	await page.keyboard.press('Enter');
	await page.keyboard.type(sentence);
	await page.getByRole('button', { name: 'Speichern' }).click();
	await page.locator('main').getByText('Die Seite wurde gespeichert.').waitFor();

	const visitor = withTimeouts(await browser.newContext({ javaScriptEnabled: false }));
	const p = await visitor.newPage();
	await p.goto(url(publicPath));
	expect(await p.locator('main').innerText()).toContain(sentence);
	await visitor.close();
});

test('uploads a logo in the profile, and the public header shows it', async () => {
	const logo = await sharp({
		create: { width: 120, height: 120, channels: 4, background: { r: 31, g: 95, b: 139, alpha: 1 } }
	})
		.png()
		.toBuffer();
	const before = await fetch(url('/')).then((r) => r.text());
	const logoBefore = /<header[\s\S]*?<img[^>]*src="([^"]+)"/.exec(before)?.[1] ?? null;
	await page.goto(url('/admin/profil'));
	await page
		.locator('input[type=file][name*=logo i]')
		.first()
		.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: logo });
	await page
		.locator('form')
		.filter({ has: page.locator('input[type=file][name*=logo i]') })
		.locator('button[type=submit]')
		.first()
		.click();
	await page.waitForLoadState('networkidle');

	const visitor = withTimeouts(await browser.newContext({ javaScriptEnabled: false }));
	const p = await visitor.newPage();
	await p.goto(url('/'));
	const img = p.locator('header img').first();
	expect(await img.count()).toBe(1);
	const src = (await img.getAttribute('src')) ?? '';
	expect(src).toMatch(/\/dateien\//);
	expect(src, 'a new logo, not the one before').not.toBe(logoBefore);
	const response = await fetch(url(src));
	expect(response.status).toBe(200);
	expect(response.headers.get('content-type')).toMatch(/^image\//);
	const meta = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
	expect(meta.width).toBeGreaterThan(0);
	await visitor.close();
});
