// A data protection request as a coordinator handles it: a mother has written a concern with her
// e-mail address and asks what is stored about her and then for its deletion. The coordinator
// finds the concern by her address, downloads the information as a JSON file, confirms the
// deletion, and the address is gone – the page passes axe in each state.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { login, url } from './support/app.ts';
import { a11yViolations } from './support/a11y.ts';
import { desktopContext, launchBrowser, phoneContext } from './support/browser.ts';
import { sendConcernForm } from './support/concern-form.ts';

let browser: Browser;
let family: BrowserContext;
let coordinator: BrowserContext;

const token = crypto.randomBytes(4).toString('hex');
const mother = `auskunft-${token}@example.net`;
const question = `Wo finde ich in Musterstadt einen Babyschwimmkurs? (${token})`;

beforeAll(async () => {
	browser = await launchBrowser();
	family = await phoneContext(browser, { javaScriptEnabled: false });
	coordinator = await desktopContext(browser);
	await login(await coordinator.newPage(), 'coordinator');
});
afterAll(async () => {
	await browser?.close();
});

async function writeConcern(page: Page) {
	await page.goto(url('/kontakt'));
	await page.getByLabel('Worum geht es?').selectOption({ label: 'Kinderbetreuung' });
	await page.getByLabel('Ihre Nachricht').fill(question);
	await page.getByLabel('Ihr Name').fill('Maria Beispiel');
	await page.getByLabel('E-Mail').fill(mother);
	await page.getByLabel(/Ich bin einverstanden/).check();
	await sendConcernForm(page);
	const heading = await page.locator('h1').innerText();
	if (!/Ihr Anliegen ist angekommen/.test(heading)) {
		throw new Error(`concern not sent:\n${(await page.locator('main').innerText()).slice(0, 800)}`);
	}
}

async function search(page: Page) {
	await page.goto(url('/admin/datenschutz-anfragen'));
	await page.getByLabel('E-Mail-Adresse der Person').fill(mother);
	await Promise.all([
		page.waitForLoadState('domcontentloaded'),
		page.getByRole('button', { name: 'Daten suchen' }).click()
	]);
	await expect
		.poll(() => page.locator('main h2').first().innerText())
		.toBe(`Gefunden zu ${mother}`);
}

test('a coordinator exports and erases what the alliance holds about an address', async () => {
	await writeConcern(await family.newPage());

	const page = await coordinator.newPage();
	await search(page);
	await expect.poll(() => page.locator('main').innerText()).toMatch(/Anliegen: 1/);
	expect(await a11yViolations(page)).toEqual([]);

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Auskunft als Datei herunterladen' }).click()
	]);
	expect(download.suggestedFilename()).toMatch(/^datenauskunft-.*\.json$/);
	const file = JSON.parse(fs.readFileSync(await download.path(), 'utf8')) as {
		email: string;
		data: { concerns: { message: string }[] };
	};
	expect(file.email).toBe(mother);
	expect(file.data.concerns.map((c) => c.message)).toEqual([question]);

	await page.getByLabel(/Ja, die Person hat die Löschung verlangt/).check();
	await Promise.all([
		page.waitForLoadState('domcontentloaded'),
		page.getByRole('button', { name: 'Endgültig löschen' }).click()
	]);
	await expect
		.poll(() => page.locator('main [role=status]').innerText())
		.toMatch(/Erledigt: 1 Einträge/);
	expect(await page.locator('main').innerText()).toMatch(/Löschung/);
	expect(await a11yViolations(page)).toEqual([]);

	await search(page);
	await expect
		.poll(() => page.locator('main').innerText())
		.toMatch(/Zu dieser Adresse ist in Ihrem Bündnis nichts gespeichert/);
}, 120_000);
