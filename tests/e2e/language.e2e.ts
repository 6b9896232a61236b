// The language switch in the header, as a visitor uses it in Chromium: with and without
// JavaScript, on the alliance at the root of its host (as on its own domain) and under its
// /b/<slug> prefix. Plain http, as the app under test runs (the cookie must not be Secure).
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page, Response } from 'playwright-core';
import { url } from './support/app.ts';
import { desktopContext, launchBrowser, phoneContext } from './support/browser.ts';

let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

/** Clicks the switch and waits until the page is shown in `lang`; fails on any 4xx/5xx. */
async function switchTo(page: Page, lang: 'en' | 'de', label: string): Promise<void> {
	const failures: string[] = [];
	const watch = (response: Response) => {
		if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
	};
	page.on('response', watch);
	await page.locator(`header a[hreflang="${lang}"]`).click();
	await page.waitForFunction((l) => document.documentElement.lang === l, lang);
	await page.waitForLoadState('load');
	page.off('response', watch);
	expect(failures, `no failed request while switching (${label})`).toEqual([]);
	await expect.poll(() => page.locator('body').innerText()).not.toContain('gibt es nicht');
}

for (const javaScriptEnabled of [true, false]) {
	for (const prefix of ['', '/b/musterstadt']) {
		const label = `${javaScriptEnabled ? 'with' : 'without'} JavaScript, ${prefix || 'at the root'}`;
		test(`English and back to German, ${label}`, async () => {
			const context = javaScriptEnabled
				? await desktopContext(browser)
				: await phoneContext(browser, { javaScriptEnabled: false });
			try {
				const page = await context.newPage();
				const start = `${prefix}/termine`;
				expect((await page.goto(url(start)))?.status()).toBe(200);
				expect(await page.getAttribute('html', 'lang')).toBe('de');

				await switchTo(page, 'en', label);
				// Back on the same page, now in English, with the switch offering German.
				expect(new URL(page.url()).pathname).toBe(start);
				await expect
					.poll(() => page.locator('header a[hreflang="de"]').innerText())
					.toBe('Deutsch');
				const cookie = (await context.cookies()).find((c) => c.name === 'lang');
				expect(cookie?.value).toBe('en');
				expect(cookie?.secure, 'a Secure cookie would be dropped on plain http').toBe(false);

				// The choice holds on the next page (also when that page is in the page cache).
				expect((await page.goto(url(`${prefix}/`)))?.status()).toBe(200);
				expect(await page.getAttribute('html', 'lang')).toBe('en');

				await switchTo(page, 'de', label);
				expect(new URL(page.url()).pathname.replace(/\/$/, '')).toBe(prefix);
				expect(await page.getAttribute('html', 'lang')).toBe('de');
			} finally {
				await context.close();
			}
		});
	}
}

test('calendar feeds that follow the language say so in Vary', async () => {
	for (const feed of ['/termine/feed.rss', '/termine/feed.ics']) {
		const response = await fetch(url(feed));
		expect(response.status).toBe(200);
		expect(response.headers.get('vary') ?? '', feed).toMatch(/cookie/i);
		const english = await (await fetch(url(feed), { headers: { cookie: 'lang=en' } })).text();
		const german = await response.text();
		expect(english, feed).not.toBe(german);
	}
});
