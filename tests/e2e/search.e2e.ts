// One search for the whole site: a family on a 360 px phone without JavaScript types into the
// header's search box and finds events, pages and partners, word forms and umlaut spellings
// included.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { url } from './support/app.ts';
import { launchBrowser, phoneContext } from './support/browser.ts';
import { expectPublicPageBasics } from './support/page-checks.ts';

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

async function searchFromHeader(words: string) {
	await page.goto(url('/'));
	const box = page.getByRole('searchbox', { name: 'Website durchsuchen' });
	await box.fill(words);
	await Promise.all([page.waitForURL(/\/suche\?q=/), box.press('Enter')]);
	await expectPublicPageBasics(page);
}

test('the header search finds events by word forms and lists them by kind', async () => {
	await searchFromHeader('Krabbelgruppen');
	expect(await page.locator('h1').innerText()).toBe('Suche');
	expect(await page.getByRole('searchbox', { name: 'Wonach suchen Sie?' }).inputValue()).toBe(
		'Krabbelgruppen'
	);
	const events = page.locator('section.group', {
		has: page.getByRole('heading', { name: 'Termine' })
	});
	const link = events.getByRole('link', { name: 'Krabbelgruppe im Gemeindehaus' });
	expect(await link.count()).toBe(1);
	await Promise.all([page.waitForURL(/\/termine\/krabbelgruppe/), link.click()]);
	expect(await page.locator('h1').innerText()).toContain('Krabbelgruppe im Gemeindehaus');
	const width = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(width).toBeLessThanOrEqual(360);
});

test('umlauts may be typed as ae/oe/ue, and a search without hits offers the contact form', async () => {
	await searchFromHeader('Vaeterfruehstueck');
	expect(await page.getByRole('link', { name: 'Väterfrühstück' }).count()).toBeGreaterThan(0);

	await searchFromHeader('Pflege');
	const headings = await page.locator('section.group h2').allInnerTexts();
	expect(headings.length).toBeGreaterThan(0);
	expect(await page.getByRole('link', { name: 'Pflege-Sprechstunde' }).count()).toBeGreaterThan(0);

	await searchFromHeader('Xylophonorchester');
	expect(await page.getByRole('status').innerText()).toContain('nichts gefunden');
	expect(await page.getByRole('link', { name: 'Zum Kontaktformular' }).count()).toBe(1);
});

test('offers for families come first: care for a mother, a toddler group where Turkish is spoken', async () => {
	await searchFromHeader('Hilfe bei der Pflege meiner Mutter');
	const offers = page.locator('section.group', {
		has: page.getByRole('heading', { name: 'Angebote für Familien' })
	});
	expect(await page.locator('section.group h2').first().innerText()).toBe('Angebote für Familien');
	expect(await offers.getByRole('link', { name: 'Pflegeberatung für Angehörige' }).count()).toBe(1);

	await searchFromHeader('Krabbelgruppe türkisch');
	const first = page.locator('section.group').first();
	expect(await first.locator('h2').innerText()).toBe('Angebote für Familien');
	expect(await first.locator('li a').first().innerText()).toBe('Krabbelgruppe „Kleine Hafenmäuse“');
});
