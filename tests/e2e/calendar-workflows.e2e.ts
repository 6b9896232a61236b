// The calendar's workflows as people use them, without JavaScript:
// a family registers for the plenum on a phone and gets the confirmation with the .ics;
// a partner contact submits an event, a coordinator approves it, it appears in the ICS feed.
import crypto from 'node:crypto';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { login, url } from './support/app.ts';
import { desktopContext, launchBrowser, phoneContext } from './support/browser.ts';
import { waitForMail } from './support/mail.ts';

let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

test('a family registers for the plenum (phone, no JavaScript) and receives the mail with the .ics', async () => {
	const email = `familie.${crypto.randomBytes(4).toString('hex')}@example.net`;
	const context = await phoneContext(browser, { javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(url('/termine?q=Plenum'));
	await Promise.all([
		page.waitForLoadState('domcontentloaded'),
		page
			.getByRole('link', { name: /Plenum des Bündnisses/ })
			.first()
			.click()
	]);
	await Promise.all([
		page.waitForLoadState('domcontentloaded'),
		page.getByRole('link', { name: 'Jetzt anmelden' }).click()
	]);
	await page.getByLabel('Ihr Name').fill('Familie Öztürk');
	await page.getByLabel('Ihre E-Mail-Adresse').fill(email);
	await page.getByLabel('Kinder').fill('2');
	await page.locator('#f-consent').check();
	await Promise.all([
		page.waitForLoadState('domcontentloaded'),
		page.getByRole('button', { name: 'Verbindlich anmelden' }).click()
	]);
	expect(await page.locator('[role=status]').first().innerText()).toContain(
		'Ihr Platz ist reserviert'
	);
	// Nothing is wider than the phone.
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

	const mail = await waitForMail(email, /Plenum des Bündnisses/);
	expect(mail.text).toContain('Guten Tag Familie Öztürk');
	expect(mail.attachments.some((a) => a.filename.endsWith('.ics') && a.size > 200)).toBe(true);
	const manage = /https?:\/\/\S+\/anmeldung\/[A-Za-z0-9_-]{43}/.exec(mail.text)?.[0];
	expect(manage).toBeTruthy();

	// The link from the mail cancels (after a click, never by opening it).
	await page.goto(manage!);
	expect(await page.locator('main').innerText()).toContain('Ihr Platz ist bestätigt');
	await Promise.all([
		page.waitForLoadState('domcontentloaded'),
		page.getByRole('button', { name: 'Anmeldung absagen' }).click()
	]);
	expect(await page.locator('[role=status]').first().innerText()).toContain('Sie sind abgemeldet');
	// Said once, not twice (confirmation and status line).
	expect((await page.locator('main').innerText()).match(/Sie sind abgemeldet/g)).toHaveLength(1);
	await context.close();
});

test('a partner submits an event, a coordinator approves it, it appears in the ICS feed', async () => {
	const title = `Laternenbasteln ${crypto.randomBytes(3).toString('hex')}`;
	// Three weeks ahead: inside every window of the calendar and its feed.
	const day = new Date(Date.now() + 21 * 86_400_000).toISOString().slice(0, 10);
	const partner = await desktopContext(browser, { javaScriptEnabled: false });
	const page = await partner.newPage();
	await login(page, 'partner');
	await page.goto(url('/intern/termine/neu'));
	await page.getByLabel('Titel').fill(title);
	await page.getByLabel('Datum').fill(day);
	await page.getByLabel('Beginn (Uhrzeit)').fill('15:00');
	await page.getByLabel('Ende (Uhrzeit)').fill('17:00');
	await page.getByLabel('Ort (Name)').fill('Familienzentrum Am Hafen');
	await Promise.all([
		page.waitForURL(/ergebnis=submitted/),
		page.getByRole('button', { name: 'Zur Freigabe einreichen' }).click()
	]);
	expect(await page.locator('[role=status]').first().innerText()).toContain('Eingereicht');
	await partner.close();

	// Not public yet.
	expect(await (await fetch(url('/termine/feed.ics'))).text()).not.toContain(title);

	const coordinator = await desktopContext(browser, { javaScriptEnabled: false });
	const admin = await coordinator.newPage();
	await login(admin, 'coordinator');
	await admin.goto(url('/admin/termine/moderation'));
	const item = admin.locator('article', { hasText: title });
	await Promise.all([
		admin.waitForLoadState('domcontentloaded'),
		item.getByRole('button', { name: /Freigeben/ }).click()
	]);
	expect(await admin.locator('[role=status]').first().innerText()).toContain('veröffentlicht');
	await coordinator.close();

	const feed = await (await fetch(url('/termine/feed.ics'))).text();
	expect(feed).toContain(`SUMMARY:${title}`);
	await waitForMail('partner@musterstadt.example', new RegExp(title));
});
