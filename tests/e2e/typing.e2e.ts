// A slow phone: the HTML is there, the JavaScript is not yet. A person who starts typing at once
// keeps every character when the JavaScript arrives (hydration), and what they send arrives.
// The app's JavaScript (/_app/immutable/) is held back until the test lets it through, so
// "typed before", "typed while it arrives" and "typed after" are conditions, not timings.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { sendConcernForm } from './support/concern-form.ts';
import { login, url } from './support/app.ts';
import { launchBrowser, phoneContext } from './support/browser.ts';
import { waitForMail } from './support/mail.ts';
import { PUBLIC_ROUTES, PUBLIC_WRITES } from './public-routes.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

interface SlowPage {
	page: Page;
	context: BrowserContext;
	/** lets the held-back JavaScript through */
	release: () => void;
}

/** A phone whose app JavaScript waits until release() is called. */
async function slowPhone(): Promise<SlowPage> {
	const context = await phoneContext(browser);
	const page = await context.newPage();
	let release!: () => void;
	const gate = new Promise<void>((resolve) => (release = resolve));
	// Only the JavaScript: stylesheets (also under /_app/immutable/) block the parser, which
	// would keep the page from showing at all – not what a slow phone sees.
	await page.route(
		(u) => u.pathname.includes('/_app/immutable/') && u.pathname.endsWith('.js'),
		async (route) => {
			await gate;
			await route.continue().catch(() => undefined);
		}
	);
	return { page, context, release };
}

const hydrated = (page: Page) => page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
const isHydrated = (page: Page) =>
	page.evaluate(() => document.documentElement.dataset.hydrated === 'true');

/** Fills every visible control of the page's forms in <main> as a person would; returns them. */
async function typeInto(page: Page, token: string, only?: (i: number) => boolean) {
	const controls = page.locator(
		'main form input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=file]), main form textarea, main form select'
	);
	const count = await controls.count();
	const typed: { index: number; value: string; checked: boolean }[] = [];
	for (let i = 0; i < count; i++) {
		if (only && !only(i)) continue;
		const el = controls.nth(i);
		if (!(await el.isVisible()) || !(await el.isEditable().catch(() => false))) continue;
		const info = await el.evaluate((e) => ({
			tag: e.tagName.toLowerCase(),
			type: (e as HTMLInputElement).type,
			name: (e as HTMLInputElement).name,
			min: (e as HTMLInputElement).min,
			max: (e as HTMLInputElement).max
		}));
		if (info.tag === 'select') {
			const values = await el.evaluate((s) =>
				Array.from((s as HTMLSelectElement).options)
					.map((o) => o.value)
					.filter(Boolean)
			);
			if (values.length) await el.selectOption(values[values.length - 1]!);
		} else if (info.type === 'checkbox') {
			await el.check();
		} else if (info.type === 'radio') {
			await el.check();
		} else if (info.type === 'email') {
			await el.fill(`typed.${token}@example.net`);
		} else if (info.type === 'number') {
			await el.fill(String(Math.max(1, Number(info.min || 1))));
		} else if (info.type === 'date') {
			await el.fill(new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10));
		} else if (info.type === 'time') {
			await el.fill('10:00');
		} else if (info.type === 'datetime-local') {
			await el.fill(new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 16));
		} else if (info.type === 'url') {
			await el.fill('https://familien.example.net');
		} else if (info.type === 'tel') {
			await el.fill('02406 123456');
		} else if (info.type === 'password') {
			await el.fill(`geheim-${token}-Passwort`);
		} else if (info.type === 'search' || info.type === 'text' || info.tag === 'textarea') {
			await el.fill(`Getippt ${token}`);
		} else {
			continue;
		}
		typed.push({ index: i, value: '', checked: false });
	}
	// Read back once everything is typed: checking a radio unchecks its neighbours.
	for (const t of typed) Object.assign(t, await valueOf(page, t.index));
	return typed;
}

async function valueOf(page: Page, index: number) {
	return page
		.locator(
			'main form input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=file]), main form textarea, main form select'
		)
		.nth(index)
		.evaluate((e) => ({
			value: (e as HTMLInputElement).value,
			checked: (e as HTMLInputElement).checked ?? false
		}));
}

async function expectKept(page: Page, typed: { index: number; value: string; checked: boolean }[]) {
	const lost = [];
	for (const t of typed) {
		const now = await valueOf(page, t.index);
		if (now.value !== t.value || now.checked !== t.checked) {
			lost.push(`#${t.index}: typed ${JSON.stringify(t)}, now ${JSON.stringify(now)}`);
		}
	}
	expect(lost, `${page.url()} lost what was typed:\n${lost.join('\n')}`).toEqual([]);
}

/** The public pages with a form, found by opening every public route without parameters. */
async function publicFormPages(): Promise<string[]> {
	const out: string[] = [];
	for (const route of Object.keys(PUBLIC_ROUTES)) {
		if (route.includes('[')) continue;
		const response = await fetch(url(route), { redirect: 'manual' });
		const html = await response.text();
		if (response.status !== 200 || !/<main[\s\S]*<form/.test(html)) continue;
		out.push(route);
	}
	// The registration form of a published event with registration (the plenum of the demo).
	const list = await (await fetch(url('/termine?q=Plenum'))).text();
	const event = /href="(\/termine\/(?!melden|archiv|monat|tag|feed)[^"/?]+)[^"]*"/.exec(list)?.[1];
	expect(event, 'a published event in the demo calendar').toBeTruthy();
	out.push(`${event}/anmeldung`);
	return out;
}

describe('typed before the JavaScript arrives', () => {
	test('every public form keeps what was typed through hydration', async () => {
		const pages = await publicFormPages();
		// The forms people write in must be among them (a crawl that finds nothing proves nothing).
		for (const write of PUBLIC_WRITES) {
			if (!write.includes('[')) expect(pages).toContain(write);
		}
		expect(pages.some((p) => p.endsWith('/anmeldung'))).toBe(true);
		let covered = 0;
		for (const path of pages) {
			const token = crypto.randomBytes(3).toString('hex');
			const { page, context, release } = await slowPhone();
			await page.goto(url(path), { waitUntil: 'domcontentloaded' });
			expect(await isHydrated(page), `${path} hydrated while its JavaScript was held`).toBe(false);
			const typed = await typeInto(page, token);
			// Forms people write in must have had fields to type in (filters may be folded away).
			if (PUBLIC_WRITES.has(path) || path.endsWith('/anmeldung')) {
				expect(typed.length, `${path}: no field to type in`).toBeGreaterThan(0);
			}
			covered += typed.length;
			release();
			await hydrated(page);
			await expectKept(page, typed);
			await context.close();
		}
		expect(covered).toBeGreaterThan(20);
	});

	test('contact: typed before, while and after the JavaScript arrives; the message arrives', async () => {
		const token = crypto.randomBytes(4).toString('hex');
		const { page, context, release } = await slowPhone();
		await page.goto(url('/kontakt'), { waitUntil: 'domcontentloaded' });
		await page.getByLabel(/Ihr Name|^Name/).fill(`Familie Brandt ${token}`);
		await page
			.getByLabel(/E-Mail/)
			.first()
			.fill(`brandt.${token}@example.net`);
		release();
		// While the JavaScript is being loaded and run:
		await page.getByLabel('Ihre Nachricht').pressSequentially(`Gibt es Ferienspiele? ${token}`);
		await hydrated(page);
		// And after:
		await page.getByLabel('Worum geht es?').selectOption({ index: 1 });
		await page.getByLabel(/Ich bin einverstanden/).check();
		expect(await page.getByLabel(/Ihr Name|^Name/).inputValue()).toBe(`Familie Brandt ${token}`);
		expect(
			await page
				.getByLabel(/E-Mail/)
				.first()
				.inputValue()
		).toBe(`brandt.${token}@example.net`);
		expect(await page.getByLabel('Ihre Nachricht').inputValue()).toBe(
			`Gibt es Ferienspiele? ${token}`
		);
		await sendConcernForm(page);
		await expect.poll(() => page.locator('h1').innerText()).toMatch(/Ihr Anliegen ist angekommen/);
		// The family's mail carries the private status link; the message is on that page.
		const mail = await waitForMail(`brandt.${token}@example.net`, /Anliegen/);
		const link = /https?:\/\/\S+\/anliegen\/\S+/.exec(mail.text)?.[0];
		expect(link).toBeTruthy();
		await page.goto(link!);
		expect(await page.locator('main').innerText()).toContain(`Gibt es Ferienspiele? ${token}`);
		await context.close();
	});

	test('after a validation error, the form shows what was typed', async () => {
		const token = crypto.randomBytes(4).toString('hex');
		const { page, context, release } = await slowPhone();
		release();
		await page.goto(url('/kontakt'));
		await hydrated(page);
		await page.getByLabel(/Ihr Name|^Name/).fill(`Familie Roth ${token}`);
		await page
			.getByLabel(/E-Mail/)
			.first()
			.fill(`roth.${token}@example.net`);
		await page.getByLabel('Ihre Nachricht').fill(`Frage ${token}`);
		// No category and no consent: the server says so (the browser's own check is off).
		await page
			.locator('main form')
			.first()
			.evaluate((f) => ((f as HTMLFormElement).noValidate = true));
		await Promise.all([
			page.waitForURL(/kontakt/, { waitUntil: 'domcontentloaded' }),
			page.getByRole('button', { name: /absenden/i }).click()
		]);
		await page.locator('[role=alert]').first().waitFor();
		await hydrated(page);
		expect(await page.getByLabel(/Ihr Name|^Name/).inputValue()).toBe(`Familie Roth ${token}`);
		expect(await page.getByLabel('Ihre Nachricht').inputValue()).toBe(`Frage ${token}`);
		await context.close();
	});

	test('the invitation: name and passwords typed before the JavaScript create the account', async () => {
		const token = crypto.randomBytes(4).toString('hex');
		const email = `eingeladen.${token}@example.net`;
		const coordinator = await phoneContext(browser);
		const admin = await coordinator.newPage();
		await login(admin, 'coordinator');
		await admin.goto(url('/admin/personen'));
		const form = admin.locator('form[action="?/invite"]').last();
		await form.getByLabel(/E-Mail/).fill(email);
		await form.getByLabel(/Rolle/).selectOption('editor');
		await Promise.all([
			admin.waitForLoadState('domcontentloaded'),
			form.locator('button[type=submit]').click()
		]);
		const mail = await waitForMail(email, /Einladung/);
		const link = /https?:\/\/\S+\/einladung\/\S+/.exec(mail.text)?.[0];
		expect(link).toBeTruthy();
		await coordinator.close();

		const { page, context, release } = await slowPhone();
		await page.goto(link!, { waitUntil: 'domcontentloaded' });
		await page.getByLabel('Ihr Name').fill(`Nora Weber ${token}`);
		await page.locator('input[name=password]').fill(`neu-${token}-Passwort`);
		await page.getByLabel('Passwort wiederholen').fill(`neu-${token}-Passwort`);
		release();
		await hydrated(page);
		expect(await page.getByLabel('Ihr Name').inputValue()).toBe(`Nora Weber ${token}`);
		expect(await page.locator('input[name=password]').inputValue()).toBe(`neu-${token}-Passwort`);
		await Promise.all([
			page.waitForURL(/\/admin\?willkommen/),
			page.getByRole('button', { name: /Zugang anlegen/ }).click()
		]);
		expect(await page.locator('[role=status]').first().innerText()).toMatch(/Willkommen/);
		await context.close();
	});
});
