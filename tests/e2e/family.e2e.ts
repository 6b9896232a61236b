// A family on a phone, without JavaScript: home → about → news → a post → Impressum; and the
// switch to English, also without JavaScript.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { url } from './support/app.ts';
import { launchBrowser, phoneContext, withTimeouts } from './support/browser.ts';
import { expectPublicPageBasics } from './support/page-checks.ts';
import { PUBLIC_ROUTES } from './public-routes.ts';

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
	browser = await launchBrowser();
	context = await phoneContext(browser, { javaScriptEnabled: false });
	page = await context.newPage();
});
afterAll(async () => {
	await browser?.close();
});

async function openMenuAndFollow(name: string | RegExp) {
	const menu = page.locator('header details');
	await menu.locator('summary').click();
	expect(await menu.getAttribute('open'), 'the menu opens without JavaScript').not.toBeNull();
	await Promise.all([
		page.waitForLoadState('domcontentloaded'),
		menu
			.getByRole('link', { name, exact: typeof name === 'string' })
			.first()
			.click()
	]);
}

test('home → Über uns → Neuigkeiten → a post → Impressum, on a 360 px phone without JavaScript', async () => {
	const response = await page.goto(url('/'));
	expect(response?.status()).toBe(200);
	await expectPublicPageBasics(page);
	// Nothing is wider than the phone.
	const width = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(width).toBeLessThanOrEqual(360);

	await openMenuAndFollow('Über uns');
	expect(new URL(page.url()).pathname).not.toBe('/');
	await expectPublicPageBasics(page);
	expect(await page.locator('h1').innerText()).toMatch(/über uns/i);

	await openMenuAndFollow('Neuigkeiten');
	expect(new URL(page.url()).pathname).toBe('/neuigkeiten');
	await expectPublicPageBasics(page);
	const first = page.locator('main article h2 a').first();
	const title = (await first.innerText()).trim();
	expect(title.length).toBeGreaterThan(3);

	await first.click();
	await page.waitForLoadState('domcontentloaded');
	expect(new URL(page.url()).pathname).toMatch(/^\/neuigkeiten\/.+/);
	await expectPublicPageBasics(page);
	expect((await page.locator('h1').innerText()).trim()).toBe(title);

	await page.locator('footer').getByRole('link', { name: 'Impressum' }).click();
	await page.waitForLoadState('domcontentloaded');
	expect(new URL(page.url()).pathname).toBe('/impressum');
	await expectPublicPageBasics(page);
	expect(await page.locator('h1').innerText()).toMatch(/Impressum/);
	expect(await page.locator('main').innerText()).toMatch(/Musterstadt/);
});

test('every public page without parameters: German, one <h1>, skip link, footer, fits 360 px', async () => {
	const problems: string[] = [];
	for (const route of Object.keys(PUBLIC_ROUTES)) {
		// Widgets are framed by partners' sites: no header, footer or <h1> of their own.
		if (route.includes('[') || route.startsWith('/widget/')) continue;
		const head = await fetch(url(route), { redirect: 'manual' });
		await head.arrayBuffer();
		if (head.status !== 200 || !(head.headers.get('content-type') ?? '').startsWith('text/html')) {
			continue;
		}
		await page.goto(url(route));
		try {
			await expectPublicPageBasics(page);
			const width = await page.evaluate(() => document.documentElement.scrollWidth);
			expect(width, `${route} is wider than the phone`).toBeLessThanOrEqual(360);
		} catch (error) {
			problems.push(`${route}: ${(error as Error).message.split('\n')[0]}`);
		}
	}
	expect(problems, problems.join('\n')).toEqual([]);
});

test('the language switch to English and back works without JavaScript', async () => {
	const english = withTimeouts(
		await browser.newContext({ javaScriptEnabled: false, locale: 'de-DE' })
	);
	const p = await english.newPage();
	await p.goto(url('/neuigkeiten'));
	expect(await p.getAttribute('html', 'lang')).toBe('de');
	await p
		.locator('header')
		.getByRole('link', { name: /English/i })
		.click();
	await p.waitForLoadState('domcontentloaded');
	expect(new URL(p.url()).pathname, 'stays on the same page').toBe('/neuigkeiten');
	expect(await p.getAttribute('html', 'lang')).toBe('en');
	expect(await p.locator('h1').innerText()).toBe('News');
	await expectPublicPageBasics(p, 'en');
	// The choice is kept on the next page.
	await p.goto(url('/kontakt'));
	expect(await p.getAttribute('html', 'lang')).toBe('en');
	await p
		.locator('header')
		.getByRole('link', { name: /Deutsch/i })
		.click();
	await p.waitForLoadState('domcontentloaded');
	expect(await p.getAttribute('html', 'lang')).toBe('de');
	await english.close();
});
