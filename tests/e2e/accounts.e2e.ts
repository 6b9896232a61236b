// People join by invitation and look after their own access. A coordinator invites someone on
// a phone without JavaScript; the invited person sets name and password from the mailed link
// and lands in the admin area; later they reset a forgotten password, use a sign-in link and
// sign out. The admin shell fits a 360 px phone, and ?weiter= never leads to another site.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { login, url } from './support/app.ts';
import { launchBrowser, phoneContext } from './support/browser.ts';
import { waitForMail } from './support/mail.ts';

let browser: Browser;
const token = crypto.randomBytes(4).toString('hex');
const invited = { email: `neu-${token}@example.org`, name: `Nora Neu ${token}` };
let password = 'ein-langer-satz-als-passwort';

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

function linkIn(text: string, path: string): string {
	const match = new RegExp(`https?://\\S+${path}\\S*`).exec(text);
	if (!match) throw new Error(`no ${path} link in mail:\n${text}`);
	return match[0];
}

async function submit(page: Page, form: ReturnType<Page['locator']>) {
	await Promise.all([
		page.waitForLoadState('domcontentloaded'),
		form.locator('button[type=submit]').first().click()
	]);
}

async function signIn(page: Page, email: string, secret: string) {
	await page.goto(url('/anmelden'));
	const form = page.locator('form').filter({ has: page.locator('input[type=password]') });
	await form.getByLabel(/E-Mail/).fill(email);
	await form.getByLabel(/Passwort/).fill(secret);
	await Promise.all([page.waitForURL(/\/admin/), form.locator('button[type=submit]').click()]);
}

async function noSideways(page: Page): Promise<void> {
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow, `${page.url()} scrolls sideways`).toBeLessThanOrEqual(0);
}

describe('accounts', () => {
	let coordinator: BrowserContext;

	test('a coordinator invites; the invited person joins from the mail as editor', async () => {
		coordinator = await phoneContext(browser, { javaScriptEnabled: false });
		const page = await coordinator.newPage();
		await login(page, 'coordinator');
		await page.goto(url('/admin/personen'));
		await noSideways(page);
		const form = page.locator('form[action="?/invite"]').last();
		await form.getByLabel(/E-Mail/).fill(invited.email);
		await form.getByLabel(/Rolle/).selectOption('editor');
		await submit(page, form);
		expect(await page.locator('[role=status]').first().innerText()).toContain(invited.email);
		expect(await page.locator('#einladungen + ul').innerText()).toContain(invited.email);

		const mail = await waitForMail(invited.email, /Einladung/);
		const link = linkIn(mail.text, '/einladung/');
		const guest = await phoneContext(browser, { javaScriptEnabled: false });
		const p = await guest.newPage();
		await p.goto(link);
		expect(await p.locator('main').innerText()).toMatch(/Redaktion/);
		await p.getByLabel('Ihr Name').fill(invited.name);
		await p.locator('input[name=password]').fill(password);
		await p.getByLabel('Passwort wiederholen').fill(password);
		await Promise.all([
			p.waitForURL(/\/admin\?willkommen/),
			p.getByRole('button', { name: /Zugang anlegen/ }).click()
		]);
		expect(await p.locator('[role=status]').first().innerText()).toMatch(/Willkommen/);
		const nav = p.getByRole('navigation', { name: 'Verwaltung' });
		expect(await nav.innerText()).toMatch(/Seiten/);
		// Editors look after content; people and messages are for coordinators.
		expect(await nav.innerText()).not.toMatch(/Personen|Nachrichten/);
		await noSideways(p);

		// The link has done its job.
		await p.goto(link);
		expect(await p.locator('main').innerText()).toMatch(/schon angenommen/);
		await guest.close();
	});

	test('a forgotten password is replaced through the mailed link', async () => {
		const context = await phoneContext(browser, { javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(url('/anmelden'));
		await page.getByRole('link', { name: /Passwort vergessen/ }).click();
		await page.getByLabel(/E-Mail/).fill(invited.email);
		await submit(page, page.locator('main form'));
		expect(await page.locator('[role=status]').innerText()).toMatch(/Falls zu dieser Adresse/);

		const mail = await waitForMail(invited.email, /Neues Passwort/);
		await page.goto(linkIn(mail.text, '/passwort-neu'));
		password = 'ein-ganz-neues-passwort';
		await page.getByLabel('Neues Passwort').fill(password);
		await page.getByLabel('Passwort wiederholen').fill(password);
		await Promise.all([
			page.waitForURL(/\/anmelden\?hinweis=passwort/),
			page.getByRole('button', { name: /Passwort speichern/ }).click()
		]);
		await signIn(page, invited.email, password);
		expect(new URL(page.url()).pathname).toBe('/admin');
		await context.close();
	});

	test('a sign-in link signs in without a password, once', async () => {
		const context = await phoneContext(browser, { javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(url('/anmelden'));
		await page.getByText('Lieber ohne Passwort?').click();
		const form = page.locator('form[action="?/link"]');
		await form.getByLabel(/E-Mail/).fill(invited.email);
		await submit(page, form);
		expect(await page.locator('[role=status]').innerText()).toMatch(/Anmeldelink/);

		const mail = await waitForMail(invited.email, /Anmeldelink/);
		const link = linkIn(mail.text, '/anmelden/link');
		await page.goto(link);
		await Promise.all([
			page.waitForURL(/\/admin/),
			page.getByRole('button', { name: 'Jetzt anmelden' }).click()
		]);
		expect(await page.locator('main').innerText()).toContain(invited.name);

		// Signing out ends the session; the used link does not work a second time.
		await Promise.all([
			page.waitForURL(/hinweis=abgemeldet/),
			page.getByRole('button', { name: 'Abmelden' }).click()
		]);
		await page.goto(url('/admin'));
		expect(new URL(page.url()).pathname).toBe('/anmelden');
		await page.goto(link);
		await page.getByRole('button', { name: 'Jetzt anmelden' }).click();
		await page.waitForLoadState('domcontentloaded');
		expect(await page.locator('[role=alert]').innerText()).toMatch(/abgelaufen|benutzt/);
		await context.close();
	});

	test('?weiter= leads only to paths on this site', async () => {
		const context = await phoneContext(browser, { javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(url('/anmelden?weiter=https://example.com/phish'));
		const form = page.locator('form').filter({ has: page.locator('input[type=password]') });
		await form.getByLabel(/E-Mail/).fill(invited.email);
		await form.getByLabel(/Passwort/).fill(password);
		await Promise.all([page.waitForURL(/\/admin/), form.locator('button[type=submit]').click()]);
		expect(new URL(page.url()).origin).toBe(new URL(url('/')).origin);
		await context.close();
	});

	test('the coordinator’s admin pages fit a 360 px phone', async () => {
		const page = await coordinator.newPage();
		for (const path of ['/admin', '/admin/personen', '/admin/profil', '/admin/nachrichten']) {
			await page.goto(url(path));
			expect(await page.locator('h1').count()).toBe(1);
			await noSideways(page);
		}
		await coordinator.close();
	});

	test('a partner contact is sent to the partners’ area', async () => {
		const context = await phoneContext(browser, { javaScriptEnabled: false });
		const page = await context.newPage();
		await login(page, 'partner');
		await page.goto(url('/admin'));
		expect(new URL(page.url()).pathname).toBe('/intern');
		await context.close();
	});
});
