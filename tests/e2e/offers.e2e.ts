// The Familienwegweiser on a 360 px phone without JavaScript: a father looks under "Pflege von
// Angehörigen" and finds the care advice point with today's opening hours and its address; a
// mother filters Turkish + "Baby und Kleinkind" and finds the Krabbelgruppe (and the same by
// searching "Krabbelgruppe türkisch"); a partner contact changes opening hours in /intern and
// the change is public at once; the yearly reminder mail's "still correct" link renews an offer.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { formatDate } from '../../src/lib/format.ts';
import { login, url } from './support/app.ts';
import { launchBrowser, phoneContext } from './support/browser.ts';
import { waitForMail } from './support/mail.ts';
import { expectPublicPageBasics } from './support/page-checks.ts';

let browser: Browser;
const contexts: BrowserContext[] = [];

async function phone(): Promise<Page> {
	const context = await phoneContext(browser, { javaScriptEnabled: false });
	contexts.push(context);
	return context.newPage();
}

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

/** Weekday in Berlin, 1 = Monday … 7 = Sunday. */
function berlinWeekday(now = new Date()): number {
	const day = new Intl.DateTimeFormat('en-GB', {
		timeZone: 'Europe/Berlin',
		weekday: 'short'
	}).format(now);
	return ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(day) + 1;
}

async function fitsPhone(page: Page): Promise<void> {
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - window.innerWidth
	);
	expect(overflow, `${page.url()} scrolls sideways`).toBeLessThanOrEqual(0);
}

test('a father finds the care advice point, today’s opening hours and its address', async () => {
	const page = await phone();
	await page.goto(url('/'));
	await page.getByRole('link', { name: 'Pflege von Angehörigen' }).first().click();
	await page.waitForURL(/lebenslage=pflege-angehoerige/);
	await page.goto(url('/angebote'));
	await expectPublicPageBasics(page);
	await expect(page.locator('h1').textContent()).resolves.toBe('Wobei suchen Sie Unterstützung?');
	await fitsPhone(page);
	await page.getByRole('link', { name: /Pflege von Angehörigen/ }).click();
	await page.waitForURL(/\/angebote\/liste\?lebenslage=pflege-angehoerige$/);
	await expectPublicPageBasics(page);
	await fitsPhone(page);
	await page.getByRole('link', { name: 'Pflegeberatung für Angehörige' }).click();
	await page.waitForURL(/\/angebote\/pflegeberatung-fuer-angehoerige$/);
	await expectPublicPageBasics(page);
	await fitsPhone(page);

	const place = page.locator('address');
	await expect(place.textContent()).resolves.toMatch(/Rosenstraße 18\s*12351 Musterstadt/);
	const map = await page
		.getByRole('link', { name: /Auf OpenStreetMap ansehen/ })
		.getAttribute('href');
	expect(map).toMatch(/^https:\/\/www\.openstreetmap\.org\/\?mlat=/);

	// Mo–Fr 09:00–12:00, Tue and Thu also 14:00–17:00.
	const weekday = berlinWeekday();
	const text = (await page.locator('.place').textContent()) ?? '';
	if (weekday <= 5) {
		const today =
			weekday === 2 || weekday === 4 ? '09:00–12:00 Uhr, 14:00–17:00 Uhr' : '09:00–12:00 Uhr';
		expect(text).toContain(`Heute: ${today}`);
		expect(text).toMatch(/Heute geöffnet (bis|ab) \d\d:\d\d Uhr|Jetzt geschlossen/);
	} else {
		expect(text).toContain('Heute geschlossen');
	}
	const todayRow = page.locator('table.hours tr.today');
	await expect(todayRow.count()).resolves.toBe(1);
	await expect(page.locator('script[type="application/ld+json"]').count()).resolves.toBe(1);
});

test('a mother filters Turkish and "Baby und Kleinkind" and finds the Krabbelgruppe', async () => {
	const page = await phone();
	await page.goto(url('/angebote/liste'));
	await page.getByLabel('Lebenslage').selectOption({ label: 'Baby und Kleinkind' });
	await page.getByLabel('Sprache').selectOption({ label: 'Türkisch' });
	await page.getByRole('button', { name: 'Angebote anzeigen' }).click();
	await page.waitForURL(/sprache=tr/);
	const address = page.url();
	expect(new URL(address).searchParams.get('lebenslage')).toBe('baby-kleinkind');
	await fitsPhone(page);
	const cards = page.locator('.offer-card');
	const titles = await cards.locator('.offer-title').allTextContents();
	expect(titles.map((t) => t.trim())).toContain('Krabbelgruppe „Kleine Hafenmäuse“');
	for (const facts of await cards.locator('.facts').allTextContents())
		expect(facts).toContain('Türkisch');

	// The address is shareable: another browser gets the same list.
	const other = await phone();
	await other.goto(address);
	expect(
		(await other.locator('.offer-card .offer-title').allTextContents()).map((t) => t.trim())
	).toEqual(titles.map((t) => t.trim()));

	// Searching in words finds it too.
	await page.goto(url('/angebote'));
	await page.getByLabel('Wonach suchen Sie?').fill('Krabbelgruppe türkisch');
	await page.locator('main').getByRole('button', { name: 'Suchen' }).click();
	await page.waitForURL(/suche=/);
	await page.getByRole('link', { name: 'Krabbelgruppe „Kleine Hafenmäuse“' }).click();
	await expect(page.locator('.facts').first().textContent()).resolves.toContain('Türkisch');
});

test('a partner contact changes opening hours and the change is public at once', async () => {
	const page = await phone();
	await login(page, 'partner');
	await page.goto(url('/intern/angebote'));
	await page.getByRole('link', { name: 'Elterncafé am Hafen' }).click();
	await page.waitForURL(/\/intern\/angebote\/[0-9a-f-]+$/);
	await page.locator('#f-h6_1_open').fill('10:00');
	await page.locator('#f-h6_1_close').fill('12:30');
	await page.locator('form.stack button[type=submit]').last().click();
	await expect(page.locator('[role=status]').first().textContent()).resolves.toContain(
		'gespeichert und öffentlich sichtbar'
	);

	const visitor = await phone();
	await visitor.goto(url('/angebote/elterncafe-am-hafen'));
	const saturday = visitor.locator('table.hours tr').filter({ hasText: 'Samstag' });
	await expect(saturday.textContent()).resolves.toContain('10:00–12:30 Uhr');
	await visitor.goto(url('/angebote/liste?geoeffnet=6'));
	expect((await visitor.locator('.offer-title').allTextContents()).map((t) => t.trim())).toContain(
		'Elterncafé am Hafen'
	);
});

test('the reminder mail’s “still correct” link renews an offer', async () => {
	// The demo's Babymassage-Kurs was last checked 13 months ago: the daily job reminds at start.
	const mail = await waitForMail('partner@musterstadt.example', /Babymassage-Kurs/, 60_000);
	const link = /https?:\/\/\S+\/angebote\/bestaetigen\/[A-Za-z0-9_-]+/.exec(mail.text)?.[0];
	expect(link, mail.text).toBeTruthy();
	const page = await phone();
	await page.goto(link!);
	await expect(page.locator('h1').textContent()).resolves.toBe('Stimmt das Angebot noch?');
	await fitsPhone(page);
	await page.getByRole('button', { name: 'Ja, alles stimmt noch' }).click();
	await page.waitForURL(/\/angebote\/babymassage-kurs\?bestaetigt=1$/);
	await expect(page.locator('[role=status]').first().textContent()).resolves.toContain(
		'ist bestätigt'
	);
	await expect(page.locator('main').textContent()).resolves.toContain(
		`Zuletzt geprüft am ${formatDate(new Date().toISOString(), 'de')}`
	);
	// The link is used up.
	const again = await page.goto(link!);
	expect(again?.status()).toBe(404);
});
