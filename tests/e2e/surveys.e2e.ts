// Surveys on a 360 px phone without JavaScript: a family answers the running survey (an error
// first, nothing typed lost), sending the same form again is refused, and the published results
// of last year's needs assessment show the same figures in chart and table.
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

async function noSidewaysScroll() {
	const width = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(width).toBeLessThanOrEqual(360);
}

test('a family answers the running survey once; the same form cannot answer twice', async () => {
	await page.goto(url('/umfragen'));
	await expectPublicPageBasics(page);
	await Promise.all([
		page.waitForURL(/\/umfragen\/ferienbetreuung/),
		page.getByRole('link', { name: 'Ferienbetreuung 2027: Was brauchen Sie?' }).click()
	]);
	await expectPublicPageBasics(page);
	await noSidewaysScroll();

	// The required question is left out: an error, and what was typed stays.
	await page.getByLabel('Für wie viele Kinder?').fill('2');
	await page.getByRole('radio', { name: 'bis 15 Uhr' }).check();
	await Promise.all([
		page.waitForLoadState('domcontentloaded'),
		page.getByRole('button', { name: 'Antworten absenden' }).click()
	]);
	expect(await page.getByRole('alert').innerText()).toContain('Bitte prüfen Sie');
	expect(await page.locator('main').innerText()).toContain('Bitte beantworten Sie diese Frage.');
	expect(await page.getByLabel('Für wie viele Kinder?').inputValue()).toBe('2');
	expect(await page.getByRole('radio', { name: 'bis 15 Uhr' }).isChecked()).toBe(true);

	await page.getByRole('checkbox', { name: 'Sommerferien' }).check();
	await page.getByRole('checkbox', { name: 'Herbstferien' }).check();
	// What this very form sends (its one-time token included), kept to send it once more.
	const body = await page
		.locator('form.survey-form')
		.evaluate((f) => new URLSearchParams(new FormData(f as HTMLFormElement) as never).toString());
	await Promise.all([
		page.waitForLoadState('domcontentloaded'),
		page.getByRole('button', { name: 'Antworten absenden' }).click()
	]);
	expect(await page.getByRole('status').first().innerText()).toContain('Danke!');

	// The very same form (same one-time token), sent again: refused with a clear message.
	const again = await page.evaluate(async (sent) => {
		const response = await fetch(location.href, {
			method: 'POST',
			body: sent,
			headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' }
		});
		return { status: response.status, text: await response.text() };
	}, body);
	expect(again.status).toBe(409);
	expect(again.text).toContain('schon beantwortet');
});

test('published results show the same figures in chart and table', async () => {
	await page.goto(url('/umfragen'));
	await Promise.all([
		page.waitForURL(/\/ergebnisse$/),
		page.getByRole('link', { name: /Bedarfsanalyse/ }).click()
	]);
	await expectPublicPageBasics(page);
	await noSidewaysScroll();
	expect(await page.locator('main').innerText()).toContain('120 Antworten');
	const section = page.locator('section.question-result', {
		hasText: 'In welchem Stadtteil wohnen Sie?'
	});
	const table = await section
		.locator('table tbody tr')
		.evaluateAll((rows) =>
			rows.map((r) => [
				r.querySelector('th')!.textContent!.trim(),
				Number(r.querySelector('td')!.textContent)
			])
		);
	const chart = await section
		.locator('ul.bars li')
		.evaluateAll((items) =>
			items.map((li) => [
				li.querySelector('.bar-label')!.textContent!.trim(),
				Number(li.querySelector('.bar-value')!.textContent!.split('·')[0])
			])
		);
	expect(chart).toEqual(table);
	expect(table.reduce((sum, [, n]) => sum + Number(n), 0)).toBe(120);
	// Free texts appear only once approved; the chart is hidden from screen readers, the table is not.
	expect(await section.locator('ul.bars').getAttribute('aria-hidden')).toBe('true');
});
