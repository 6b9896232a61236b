// A family on a 360 px phone without JavaScript opens the calendar: the weekly Elterncafé is
// listed once — "Jeden Mittwoch, 09:30 – 11:30 Uhr" — with its next dates, not once a week;
// each of those dates opens its own page, and the day view still lists it on its day.
// Screenshots of the list (phone and desktop) go to test-results/screenshots for people to look at.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { login, url } from './support/app.ts';
import { desktopContext, launchBrowser, phoneContext } from './support/browser.ts';

let browser: Browser;
const SHOTS = path.resolve('test-results/screenshots');
const CAFE = 'Elterncafé im Familienzentrum';

beforeAll(async () => {
	browser = await launchBrowser();
	fs.mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
	await browser?.close();
});

test('a weekly series appears once in the list, with its next dates, on a phone without JS', async () => {
	const context = await phoneContext(browser, { javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(url('/termine'));

	const entries = page.locator('.day-list article').filter({
		has: page.getByRole('link', { name: CAFE, exact: true })
	});
	await expect.poll(() => entries.count()).toBe(1);
	const cafe = entries.first();
	await expect
		.poll(() => cafe.locator('.series').innerText())
		.toMatch(/^Jeden Mittwoch, \d\d:\d\d – \d\d:\d\d Uhr$/);

	const dates = cafe.locator('.next-dates li a time');
	expect(await dates.count()).toBeGreaterThanOrEqual(2);
	const days = await dates.evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''));
	// Every next date is a Wednesday (Berlin), later than the listed one, in order.
	const listed = (await cafe.locator('.when time').getAttribute('datetime')) ?? '';
	let previous = listed;
	for (const d of days) {
		expect(d > previous).toBe(true);
		previous = d;
	}
	const weekday = (iso: string) =>
		new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', weekday: 'long' }).format(
			new Date(iso)
		);
	for (const d of days) expect(weekday(d)).toBe('Mittwoch');

	// The whole list fits the phone's width.
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - window.innerWidth
	);
	expect(overflow).toBeLessThanOrEqual(0);
	await cafe.screenshot({ path: path.join(SHOTS, 'series-phone.png') });
	await page.screenshot({ path: path.join(SHOTS, 'list-phone.png'), fullPage: false });

	// Each date is still found: its own page, and the day view of that day.
	const second = cafe.locator('.next-dates li a').first();
	const href = (await second.getAttribute('href')) ?? '';
	expect(href).toMatch(/^\/termine\/elterncafe-im-familienzentrum\/\d{4}-\d{2}-\d{2}$/);
	const day = href.slice(-10);
	await second.click();
	await page.waitForURL((u) => u.pathname === href);
	await expect.poll(() => page.locator('h1').innerText()).toContain('Elterncafé');
	await page.goto(url(`/termine/tag/${day}`));
	await expect.poll(() => page.getByRole('link', { name: CAFE, exact: true }).count()).toBe(1);
	await context.close();
});

test('the list with series on a desktop (screenshot)', async () => {
	const context = await desktopContext(browser, { javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(url('/termine'));
	const cafe = page.locator('.day-list article').filter({
		has: page.getByRole('link', { name: CAFE, exact: true })
	});
	await expect.poll(() => cafe.count()).toBe(1);
	await page.screenshot({ path: path.join(SHOTS, 'list-desktop.png'), fullPage: false });
	await context.close();
});

test("the partners' event form offers the coordinators' recurrence and exceptions", async () => {
	for (const [who, path] of [
		['partner', '/intern/termine/neu'],
		['coordinator', '/admin/termine/neu']
	] as const) {
		const context = await desktopContext(browser, { javaScriptEnabled: false });
		const page = await context.newPage();
		await login(page, who);
		await page.goto(url(path));
		const form = page.locator('main form').filter({ has: page.locator('[name=title]') });
		const repeat = form.locator('select[name=repeat] option');
		expect(
			await repeat.evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value)),
			who
		).toEqual([
			'none',
			'weekly',
			'biweekly',
			'monthlyWeekday',
			'monthlyDay',
			'yearly',
			'daily',
			'custom'
		]);
		expect(await form.locator('input[type=checkbox][name=repeatDays]').count(), who).toBe(7);
		expect(await form.locator('textarea[name=exdates]').count(), who).toBe(1);
		expect(await form.locator('[name=repeatEnd]').count(), who).toBe(1);
		expect(await form.getByText('Ausgelassene Tage').count(), who).toBeGreaterThanOrEqual(1);
		await context.close();
	}
});
