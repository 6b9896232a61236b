// A new alliance goes public when it is ready. The operator creates "Neustadt" in /plattform;
// a visitor meets the holding page (phone and desktop) with the Impressum still reachable, while
// calendar, feeds and API give nothing; the invited coordinator joins, works through the go-live
// checklist (Impressum and contact in the settings, privacy policy read and confirmed) and goes
// live; then the visitor sees the site. Screenshots of the holding page and the checklist on a
// 360 px phone and a desktop go to test-results/screenshots/.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { login, url } from './support/app.ts';
import { desktopContext, launchBrowser, phoneContext } from './support/browser.ts';
import { waitForMail } from './support/mail.ts';
import { ROOT } from './support/app-process.ts';

let browser: Browser;
const token = crypto.randomBytes(3).toString('hex');
const slug = `neustadt-${token}`;
const name = `Lokales Bündnis für Familie Neustadt ${token}`;
const coordinatorEmail = `koordination-${token}@neustadt.example`;
const password = 'ein-langer-satz-als-passwort';
const shots = path.join(ROOT, 'test-results', 'screenshots');

beforeAll(async () => {
	browser = await launchBrowser();
	fs.mkdirSync(shots, { recursive: true });
});
afterAll(async () => {
	// The other journeys share this app and expect one alliance at the site's root: the operator
	// deletes the new one again (typing its short address, as a person would).
	if (browser) {
		const context = await desktopContext(browser);
		const op = await context.newPage();
		await login(op, 'operator');
		await op.goto(url('/plattform'));
		const form = op.locator('form[action="?/delete"]', { hasText: name });
		if (await form.count()) {
			await form.locator('xpath=ancestor::details').locator('summary').click();
			await form.locator('input[name=confirm]').fill(slug);
			await submit(op, form);
		}
		await op.goto(url('/'));
		expect(await op.locator('h1').first().innerText()).toContain('Musterstadt');
		await context.close();
	}
	await browser?.close();
});

async function submit(page: Page, form: ReturnType<Page['locator']>) {
	await Promise.all([
		page.waitForLoadState('domcontentloaded'),
		form.locator('button[type=submit]').last().click()
	]);
}

async function noSideways(page: Page): Promise<void> {
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow, `${page.url()} scrolls sideways`).toBeLessThanOrEqual(0);
}

async function shoot(page: Page, file: string) {
	await page.screenshot({ path: path.join(shots, file), fullPage: true });
}

describe('a new alliance goes public when it is ready', () => {
	test('operator creates it; visitors see the holding page; the coordinator goes live through the checklist', async () => {
		// The operator (generated demo password, read from DATA_DIR) creates the alliance.
		const operator = await desktopContext(browser, { javaScriptEnabled: false });
		const op = await operator.newPage();
		await login(op, 'operator');
		await op.goto(url('/plattform'));
		const create = op.locator('form[action="?/create"]');
		await create.locator('input[name=name]').fill(name);
		await create.locator('input[name=slug]').fill(slug);
		await create.locator('input[name=town]').fill('Neustadt');
		await create.locator('input[name=coordinatorEmail]').fill(coordinatorEmail);
		await submit(op, create);
		expect(await op.locator('[role=status]').first().innerText()).toContain(coordinatorEmail);
		expect(await op.locator('main').innerText()).toContain('Noch nicht öffentlich');
		await operator.close();

		// A visitor: every page leads to the holding page; the Impressum stays reachable.
		for (const [kind, open] of [
			['phone', phoneContext],
			['desktop', desktopContext]
		] as const) {
			const visitor = await open(browser, { javaScriptEnabled: false });
			const page = await visitor.newPage();
			await page.goto(url(`/b/${slug}/termine`));
			expect(new URL(page.url()).pathname).toBe(`/b/${slug}/demnaechst`);
			expect(await page.locator('h1').innerText()).toBe('Hier entsteht unsere neue Website');
			expect(await page.locator('h1').count()).toBe(1);
			expect(await page.locator('main').innerText()).toContain(name);
			// No navigation into pages that are not there yet; Impressum and Datenschutz are.
			expect(await page.getByRole('navigation', { name: /Hauptnavigation|Main/ }).count()).toBe(0);
			await noSideways(page);
			await shoot(page, `go-live-holding-${kind}.png`);
			await page.getByRole('link', { name: 'Impressum' }).click();
			expect(new URL(page.url()).pathname).toBe(`/b/${slug}/impressum`);
			const imprint = await page.locator('main').innerText();
			expect(imprint).not.toMatch(/Bitte ergänzen|pflegen Sie in den Einstellungen/);
			await page.goto(url(`/b/${slug}/datenschutz`));
			const privacy = await page.locator('main').innerText();
			expect(privacy).toContain('Kontaktformular');
			expect(privacy).not.toMatch(/Newsletter|Bitte ergänzen/);
			await visitor.close();
		}
		for (const feed of [`/b/${slug}/api/termine`, `/b/${slug}/widget/termine`]) {
			const response = await fetch(url(feed), { headers: { accept: 'application/json' } });
			expect(response.status, feed).toBe(404);
		}

		// The coordinator joins from the mail and sees the whole site, with a banner.
		const mail = await waitForMail(coordinatorEmail, /Einladung/);
		const link = /https?:\/\/\S+\/einladung\/\S+/.exec(mail.text)?.[0];
		if (!link) throw new Error(`no invitation link in:\n${mail.text}`);
		for (const [kind, open] of [
			['phone', phoneContext],
			['desktop', desktopContext]
		] as const) {
			const context = await open(browser, { javaScriptEnabled: false });
			const page = await context.newPage();
			if (kind === 'phone') {
				await page.goto(link);
				await page.getByLabel('Ihr Name').fill('Nina Neu');
				await page.locator('input[name=password]').fill(password);
				await page.getByLabel('Passwort wiederholen').fill(password);
				await Promise.all([
					page.waitForURL(/\/admin\?willkommen/),
					page.getByRole('button', { name: /Zugang anlegen/ }).click()
				]);
			} else {
				await page.goto(url(`/b/${slug}/anmelden`));
				const form = page.locator('form').filter({ has: page.locator('input[type=password]') });
				await form.getByLabel(/E-Mail/).fill(coordinatorEmail);
				await form.getByLabel(/Passwort/).fill(password);
				await Promise.all([
					page.waitForURL(/\/admin/),
					form.locator('button[type=submit]').click()
				]);
			}
			await page.goto(url(`/b/${slug}/admin/veroeffentlichen`));
			expect(await page.locator('h1').innerText()).toBe('Website veröffentlichen');
			await noSideways(page);
			await shoot(page, `go-live-checklist-${kind}.png`);
			if (kind === 'phone') {
				await page.goto(url(`/b/${slug}/termine`));
				expect(new URL(page.url()).pathname).toBe(`/b/${slug}/termine`);
				expect(await page.locator('.preview-banner').innerText()).toContain(
					'noch nicht öffentlich'
				);
				await context.close();
				continue;
			}

			// Going live is refused while the required points are open.
			await submit(page, page.locator('form[action="?/goLive"]'));
			expect(await page.locator('[role=alert]').innerText()).toContain('Pflichtpunkte');

			await page.getByRole('link', { name: 'Zu den Einstellungen' }).first().click();
			const profile = page.locator('form.profile-form');
			await profile.locator('input[name=contactEmail]').fill(`kontakt@${slug}.example`);
			await profile.locator('input[name=imprintProvider]').fill('Stadt Neustadt – Familienbüro');
			await profile.locator('[name=imprintAddress]').fill('Markt 1\n54321 Neustadt');
			await profile.locator('input[name=imprintEmail]').fill(`familie@${slug}.example`);
			await profile.locator('[name=imprintResponsible]').fill('Nina Neu, Markt 1, 54321 Neustadt');
			await submit(page, profile);
			expect(await page.locator('[role=status]').first().innerText()).toMatch(/gespeichert/i);

			await page.goto(url(`/b/${slug}/admin/veroeffentlichen`));
			await submit(page, page.locator('form[action="?/regenerate"]'));
			await page.getByRole('link', { name: 'Datenschutzerklärung lesen' }).click();
			expect(await page.locator('main').innerText()).toContain('Stadt Neustadt – Familienbüro');
			await page.goto(url(`/b/${slug}/admin/veroeffentlichen`));
			await submit(page, page.locator('form[action="?/confirmPrivacy"]'));
			expect(await page.locator('[role=status]').first().innerText()).toContain('geprüft');
			// The checklist shows the new state at once: every required point done.
			expect(await page.locator('main').innerText()).not.toContain('Bitte erledigen Sie zuerst');
			expect(await page.locator('.checklist li:not(.done)').count()).toBe(1); // the logo
			await shoot(page, 'go-live-checklist-ready-desktop.png');
			await submit(page, page.locator('form[action="?/goLive"]'));
			expect(await page.locator('[role=status]').first().innerText()).toContain('jetzt öffentlich');
			await context.close();
		}

		// Now everyone sees the site.
		const visitor = await phoneContext(browser, { javaScriptEnabled: false });
		const page = await visitor.newPage();
		await page.goto(url(`/b/${slug}/termine`));
		expect(new URL(page.url()).pathname).toBe(`/b/${slug}/termine`);
		expect(await page.locator('.preview-banner').count()).toBe(0);
		const feed = await fetch(url(`/b/${slug}/api/termine`));
		expect(feed.status).toBe(200);
		await visitor.close();
	});
});
