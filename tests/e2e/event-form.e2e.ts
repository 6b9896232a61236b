// The one event form (lib/components/events/EventFields.svelte) in its three modes, on a phone
// without JavaScript: a family's failed "Termin melden" keeps what was ticked and chosen; the
// coordinators' form offers the cost as radio buttons and the coordinates as fields; a failed
// status change on the edit page leaves the event form's ticks as saved. Screenshots of the
// public and the coordinators' form (360 px) go to test-results/screenshots.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { login, url } from './support/app.ts';
import { launchBrowser, phoneContext } from './support/browser.ts';

let browser: Browser;
const SHOTS = path.resolve('test-results/screenshots');

beforeAll(async () => {
	browser = await launchBrowser();
	fs.mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
	await browser?.close();
});

const ticked = (page: Page, name: string) =>
	page
		.locator(`main form input[name=${name}]:checked`)
		.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));

test('a failed "Termin melden" keeps the ticked groups, languages and the cost type', async () => {
	const context = await phoneContext(browser, { javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(url('/termine/melden'));
	await page.screenshot({ path: path.join(SHOTS, 'event-form-public-360.png'), fullPage: true });
	expect(await page.locator('input[type=radio][name=costKind]').count()).toBe(3);
	expect(await page.locator('[name=latitude]').count()).toBe(0);

	await page.getByLabel('Titel').fill('Spielenachmittag');
	await page.getByLabel('Datum').fill('2099-05-06');
	await page.getByLabel(/Wer veranstaltet/).fill('Familienzentrum Am Hafen');
	await page.getByLabel('3–6 Jahre').check();
	await page.getByLabel('Türkisch').check();
	await page.getByRole('radio', { name: 'Auf Anfrage' }).check();
	// Sent without the consent: the form comes back with its message.
	await Promise.all([
		page.waitForLoadState('domcontentloaded'),
		page.getByRole('button', { name: 'Termin melden' }).click()
	]);
	await page.locator('[role=alert]').first().waitFor();
	expect(await page.getByLabel('Titel').inputValue()).toBe('Spielenachmittag');
	expect(await ticked(page, 'targetGroups')).toEqual(['3-6']);
	expect(await ticked(page, 'languages')).toEqual(['de', 'tr']);
	expect(await ticked(page, 'costKind')).toEqual(['on_request']);
	await context.close();
});

test("the coordinators' form: cost as radio buttons, coordinates as fields, ticks kept after a failed status change", async () => {
	const context = await phoneContext(browser, { javaScriptEnabled: false });
	const page = await context.newPage();
	await login(page, 'coordinator');
	await page.goto(url('/admin/termine/neu'));
	await page.screenshot({ path: path.join(SHOTS, 'event-form-admin-360.png'), fullPage: true });
	expect(await page.locator('main form input[type=radio][name=costKind]').count()).toBe(3);
	expect(await ticked(page, 'costKind')).toEqual(['free']);
	expect(await page.locator('main form input[name=latitude]:not([type=hidden])').count()).toBe(1);
	expect(await page.locator('main form select[name=status]').count()).toBe(1);

	await page.goto(url('/admin/termine'));
	const hrefs = await page
		.locator('main a[href]')
		.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
	const edits = hrefs.filter((h) => /^\/admin\/termine\/(?!neu$|moderation|import)[^/]+$/.test(h));
	let saved: string[] = [];
	for (const edit of edits) {
		await page.goto(url(edit));
		saved = await ticked(page, 'targetGroups');
		if (saved.length) break;
	}
	expect(saved.length, 'an event with target groups').toBeGreaterThan(0);
	const languages = await ticked(page, 'languages');
	// A status the list does not offer: the status form fails and answers without values.
	await page
		.locator('#f-status option')
		.first()
		.evaluate((o) => {
			(o as HTMLOptionElement).value = 'gone';
		});
	const status = page.locator('form[action="?/status"]');
	await Promise.all([
		page.waitForLoadState('domcontentloaded'),
		status.locator('button[type=submit]').click()
	]);
	await page.locator('[role=alert]').first().waitFor();
	expect(await ticked(page, 'targetGroups')).toEqual(saved);
	expect(await ticked(page, 'languages')).toEqual(languages);
	expect(await ticked(page, 'costKind')).toHaveLength(1);
	await context.close();
});
