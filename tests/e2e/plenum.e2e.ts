// The yearly plenum: the coordinator opens this year's plenum (prepared from last year's in
// the demo), looks at the invitation and sends it; the invitation arrives at a partner
// contact's address with the agenda, the registration link and an .ics; the contact follows
// the link from the mail and registers (on a phone, without JavaScript); the coordinator's
// attendance list shows them with their partner and marks them present.
import crypto from 'node:crypto';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { login, url } from './support/app.ts';
import { checkA11y } from './support/a11y.ts';
import { desktopContext, launchBrowser, phoneContext } from './support/browser.ts';
import { waitForMail } from './support/mail.ts';

let browser: Browser;
let coordinator: BrowserContext;

/** The demo partner contact (demo-logins.ts), contact of "Familienzentrum Am Hafen". */
const CONTACT = { name: 'Aylin Demir', email: 'partner@musterstadt.example' };

beforeAll(async () => {
	browser = await launchBrowser();
	// JavaScript on: axe-core runs in the page (the forms work without it too, see the phone).
	coordinator = await desktopContext(browser);
	await login(await coordinator.newPage(), 'coordinator');
});
afterAll(async () => {
	await browser?.close();
});

async function submit(page: Page, button: Locator): Promise<void> {
	await Promise.all([page.waitForLoadState('domcontentloaded'), button.click()]);
}

test('a coordinator sends the plenum invitation; a partner contact registers from the mail and appears on the attendance list', async () => {
	const page = await coordinator.newPage();
	await page.goto(url('/admin/plenum'));
	// Newest first: this year's plenum, not yet sent; last year's below it with public minutes.
	const rows = page.locator('main table tbody tr');
	expect(await rows.count()).toBeGreaterThanOrEqual(2);
	expect(await rows.nth(0).innerText()).toContain('Noch nicht verschickt');
	expect(await rows.nth(1).innerText()).toContain('Öffentlich');
	await Promise.all([
		page.waitForURL(/\/admin\/plenum\/[0-9a-f-]{36}$/),
		rows.nth(0).getByRole('link').click()
	]);
	await page.locator('pre.preview').waitFor();
	const plenumPath = new URL(page.url()).pathname;
	await checkA11y(page);

	// One more agenda item and a guest typed twice in different case: the guest gets one mail.
	const token = crypto.randomBytes(3).toString('hex');
	const guest = `gast.${token}@example.net`;
	const agenda = page.getByLabel('Tagesordnung', { exact: true });
	await agenda.fill(`${await agenda.inputValue()}\nBericht der AG Ferien ${token}`);
	const extra = page.getByLabel('Weitere Adressen');
	await extra.fill(`${await extra.inputValue()}\n${guest}\n${guest.toUpperCase()}`);
	await submit(page, page.locator('form[action="?/save"] button[type=submit]'));
	expect(await page.locator('main [role=status]').first().innerText()).toBe('Gespeichert.');
	expect(await page.locator('pre.preview').innerText()).toContain(`Bericht der AG Ferien ${token}`);

	await page.locator('#f-confirm').check();
	await submit(page, page.getByRole('button', { name: 'Einladung verschicken' }));
	expect(await page.locator('main [role=status]').first().innerText()).toBe(
		'Die Einladung wird jetzt verschickt.'
	);

	// The invitation at the partner contact's address (the app's job runner sends it).
	const mail = await waitForMail(CONTACT.email, /^Einladung zum Bündnisplenum am /);
	expect(mail.text).toContain(`Guten Tag ${CONTACT.name},`);
	expect(mail.text).toContain('Tagesordnung:');
	expect(mail.text).toMatch(new RegExp(`\\d\\. Bericht der AG Ferien ${token}`));
	expect(mail.attachments.some((a) => /^text\/calendar/.test(a.contentType) && a.size > 200)).toBe(
		true
	);
	const link = /https?:\/\/\S+\/termine\/[^\s/]+\/anmeldung(?=\s)/.exec(mail.text)?.[0];
	expect(link, mail.text).toBeTruthy();
	const guestMail = await waitForMail(guest, /^Einladung zum Bündnisplenum/);
	expect(guestMail.to).toEqual([guest]);

	// The contact follows the link from the mail on a phone and registers.
	const phone = await phoneContext(browser, { javaScriptEnabled: false });
	const form = await phone.newPage();
	await form.goto(link!);
	await form.getByLabel('Ihr Name').fill(CONTACT.name);
	await form.getByLabel('Ihre E-Mail-Adresse').fill(CONTACT.email);
	await form.locator('#f-consent').check();
	await submit(form, form.getByRole('button', { name: 'Verbindlich anmelden' }));
	expect(await form.locator('[role=status]').first().innerText()).toContain(
		'Ihr Platz ist reserviert'
	);
	await phone.close();

	// The coordinator's attendance list shows the contact with the partner; marked present.
	await page.goto(url(`${plenumPath}/anwesenheit`));
	const row = page.locator('main tbody tr').filter({ hasText: CONTACT.name });
	expect(await row.innerText()).toContain('Familienzentrum Am Hafen');
	await row.getByLabel('da', { exact: true }).check();
	await submit(page, page.getByRole('button', { name: 'Anwesenheit speichern' }));
	expect(await page.locator('main [role=status]').first().innerText()).toBe(
		'Die Anwesenheit ist gespeichert.'
	);
	expect(await page.locator('main').innerText()).toMatch(/\d+ angemeldet, 1 anwesend, 0 nicht da/);
	await checkA11y(page);
	const csv = await page.request.get(url(`${plenumPath}/anwesenheit.csv`));
	expect(csv.status()).toBe(200);
	expect(await csv.text()).toContain(
		`${CONTACT.name};Familienzentrum Am Hafen;${CONTACT.email};1;bestätigt;ja`
	);

	// The invitation page now says it went out and cannot be sent again.
	await page.goto(url(plenumPath));
	expect(await page.locator('main').innerText()).toContain('Verschickt');
	expect(await page.getByRole('button', { name: 'Einladung verschicken' }).count()).toBe(0);
});
