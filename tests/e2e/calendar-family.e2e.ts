// A family on a 360 px phone without JavaScript looks for something to do this weekend: on
// /termine it takes the quick link "Dieses Wochenende", narrows the list in "Termine filtern" to
// free events for 3–6-year-olds, sees only matching events, shares the address (the same list
// opens again), opens one event and adds it to its calendar with the .ics download.
import fs from 'node:fs';
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

const BERLIN = 'Europe/Berlin';

/** The local date 'YYYY-MM-DD' in Berlin of an instant. */
function berlinDate(instant: Date): string {
	return new Intl.DateTimeFormat('en-CA', {
		timeZone: BERLIN,
		year: 'numeric',
		month: '2-digit',
		day: '2-digit'
	}).format(instant);
}

function addDays(date: string, days: number): string {
	return new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The days of "this weekend" as a family means it: the coming Saturday and Sunday (on a Sunday only today). */
function thisWeekend(now = new Date()): string[] {
	const today = berlinDate(now);
	const weekday = new Date(`${today}T12:00:00Z`).getUTCDay();
	if (weekday === 0) return [today];
	const saturday = addDays(today, 6 - weekday);
	return [saturday, addDays(saturday, 1)];
}

interface Listed {
	day: string;
	title: string;
	path: string;
	start: string;
	tags: string[];
	cancelled: boolean;
}

/** Every event the list shows: its day heading, title, link, start and tags. */
async function listed(p: Page): Promise<Listed[]> {
	return p.locator('ol.day-list > li').evaluateAll((days) =>
		days.flatMap((day) => {
			const date = (day.querySelector('h2')?.id ?? '').replace(/^tag-/, '');
			return Array.from(day.querySelectorAll('article')).map((article) => {
				const link = article.querySelector<HTMLAnchorElement>('.title a');
				return {
					day: date,
					title: link?.textContent?.trim() ?? '',
					path: link?.pathname ?? '',
					start: article.querySelector('time')?.getAttribute('datetime') ?? '',
					tags: Array.from(article.querySelectorAll('.tags .tag')).map(
						(tag) => tag.textContent?.trim() ?? ''
					),
					cancelled: article.classList.contains('cancelled')
				};
			});
		})
	);
}

async function follow(p: Page, click: () => Promise<void>): Promise<void> {
	await Promise.all([p.waitForLoadState('domcontentloaded'), click()]);
}

/** The "N Termine" line above the list. */
async function countText(p: Page): Promise<string> {
	return (await p.locator('main p.count[role=status]').innerText()).trim();
}

/** Unfolded content lines of an iCalendar text (RFC 5545 §3.1). */
function icsLines(text: string): string[] {
	return text.replace(/\r\n[ \t]/g, '').split(/\r\n/);
}

/** The value of a text property, unescaped (RFC 5545 §3.3.11). */
function icsText(value: string): string {
	return value.replace(/\\([\\;,])/g, '$1').replace(/\\[nN]/g, '\n');
}

/** The Berlin date of a DTSTART line (TZID=Europe/Berlin, UTC or a DATE value). */
function dtstartDay(line: string): string {
	const match = /^DTSTART(;[^:]*)?:(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/.exec(
		line
	);
	if (!match) throw new Error(`unreadable ${line}`);
	const [, params = '', y, m, d, hh, mm, ss, utc] = match;
	if (utc) return berlinDate(new Date(`${y}-${m}-${d}T${hh}:${mm}:${ss}Z`));
	if (hh && !/TZID=Europe\/Berlin/.test(params) && !/VALUE=DATE\b/.test(params)) {
		throw new Error(`DTSTART in an unexpected time zone: ${line}`);
	}
	return `${y}-${m}-${d}`;
}

test('free, 3–6 years, this weekend: only matching events, a shareable address, and the .ics', async () => {
	let weekend = thisWeekend();
	const everything = await page.goto(url('/termine'));
	expect(everything?.status()).toBe(200);
	await expectPublicPageBasics(page);
	const unfiltered = await countText(page);
	const totalUnfiltered = Number(/\d+/.exec(unfiltered)?.[0] ?? '0');
	expect(totalUnfiltered, unfiltered).toBeGreaterThan(0);

	// The quick link "Dieses Wochenende" …
	await follow(page, () =>
		page.locator('main p.shortcuts').getByRole('link', { name: 'Dieses Wochenende' }).click()
	);
	let address = new URL(page.url());
	expect(address.pathname).toBe('/termine');
	expect(address.searchParams.get('von')).toBe(weekend[0]);
	expect(address.searchParams.get('bis')).toBe(weekend.at(-1));

	// … then "Termine filtern": free of charge and 3–6 years (the date range stays).
	const filters = page.locator('details.event-filters');
	if ((await filters.getAttribute('open')) === null) await filters.locator('summary').click();
	expect(await filters.getAttribute('open'), 'the filters open without JavaScript').not.toBeNull();
	await filters.getByLabel('3–6 Jahre').check();
	await filters.getByLabel('Nur kostenlose Termine').check();
	await follow(page, () => filters.getByRole('button', { name: 'Termine anzeigen' }).click());

	address = new URL(page.url());
	expect(address.pathname).toBe('/termine');
	expect(address.searchParams.getAll('alter')).toEqual(['3-6']);
	expect(address.searchParams.get('kostenlos')).toBe('1');
	expect(address.searchParams.get('von')).toBe(weekend[0]);
	expect(address.searchParams.get('bis')).toBe(weekend.at(-1));
	// The form remembers the choice.
	expect(await filters.getByLabel('3–6 Jahre').isChecked()).toBe(true);
	expect(await filters.getByLabel('Nur kostenlose Termine').isChecked()).toBe(true);

	let events = await listed(page);
	if (events.length === 0) {
		// The demo has something free for 3–6-year-olds every Saturday and Sunday afternoon; only
		// late on a Sunday can this weekend be over. Then the family picks next weekend's dates.
		expect(weekend, 'nothing listed although the weekend has not ended').toHaveLength(1);
		expect(await page.locator('main').innerText()).toContain(
			'Für diese Auswahl haben wir gerade keine Termine.'
		);
		const saturday = addDays(weekend[0]!, 6);
		weekend = [saturday, addDays(saturday, 1)];
		if ((await filters.getAttribute('open')) === null) await filters.locator('summary').click();
		await filters.getByLabel('Von', { exact: true }).fill(weekend[0]!);
		await filters.getByLabel('Bis', { exact: true }).fill(weekend[1]!);
		await follow(page, () => filters.getByRole('button', { name: 'Termine anzeigen' }).click());
		events = await listed(page);
	}
	expect(events.length, 'something free for 3–6-year-olds this weekend').toBeGreaterThan(0);
	expect(await page.locator('nav.pagination').count(), 'one page').toBe(0);
	expect(await countText(page)).toBe(events.length === 1 ? '1 Termin' : `${events.length} Termine`);
	expect(events.length, 'the filter narrowed the list').toBeLessThan(totalUnfiltered);
	for (const e of events) {
		const what = `${e.title} (${e.day})`;
		expect(weekend, `${what} is on the weekend`).toContain(e.day);
		expect(e.tags, `${what} is free`).toContain('Kostenlos');
		// An event "Für alle" is for 3–6-year-olds too (the calendar says so on purpose).
		expect(
			e.tags.includes('3–6 Jahre') || e.tags.includes('Für alle'),
			`${what} is for 3–6-year-olds: ${e.tags.join(', ')}`
		).toBe(true);
		expect(e.path, what).toMatch(/^\/termine\/[^/]+/);
	}
	// Nothing is wider than the phone.
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

	// The address is shareable: opened in another browser, it shows the same list.
	const shared = page.url();
	const friend = await phoneContext(browser, { javaScriptEnabled: false });
	const other = await friend.newPage();
	const again = await other.goto(shared);
	expect(again?.status()).toBe(200);
	expect(other.url()).toBe(shared);
	expect(await listed(other)).toEqual(events);
	expect(await other.locator('details.event-filters').getByLabel('3–6 Jahre').isChecked()).toBe(
		true
	);
	await friend.close();

	// Open one that starts on the weekend and is not cancelled.
	const chosen = events.find(
		(e) => !e.cancelled && weekend.includes(berlinDate(new Date(e.start)))
	);
	expect(chosen, 'an event that starts on the weekend').toBeDefined();
	await follow(page, () =>
		page.locator('ol.day-list').locator(`a[href="${chosen!.path}"]`).first().click()
	);
	expect(new URL(page.url()).pathname).toBe(chosen!.path);
	await expectPublicPageBasics(page);
	expect((await page.locator('h1').innerText()).trim()).toBe(chosen!.title);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

	// "Zum Kalender hinzufügen": the first link is this date.
	const add = page.locator('section[aria-labelledby=add-title]');
	expect(await add.locator('h2').innerText()).toBe('Zum Kalender hinzufügen');
	const link = add.getByRole('link', { name: 'Diesen Termin (.ics)' });
	const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
	expect(download.suggestedFilename()).toMatch(/\.ics$/);
	const saved = await download.path();
	const downloaded = fs.readFileSync(saved, 'utf8');

	const response = await context.request.get(new URL(download.url()).toString());
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toMatch(/^text\/calendar\b/);
	expect(response.headers()['content-disposition']).toMatch(/attachment; filename=".+\.ics"/);
	const body = await response.text();
	// The same file as the download; DTSTAMP says when it was made (RFC 5545), so two requests a
	// second apart differ there and only there.
	const stamp = /^DTSTAMP:\d{8}T\d{6}Z(?=\r?$)/gm;
	const unstamped = (text: string) => text.replace(stamp, 'DTSTAMP:…');
	expect(body.match(stamp)?.length, 'a DTSTAMP per VEVENT').toBe(1);
	expect(unstamped(body)).toBe(unstamped(downloaded));

	const lines = icsLines(body);
	expect(lines[0]).toBe('BEGIN:VCALENDAR');
	const begin = lines.indexOf('BEGIN:VEVENT');
	const end = lines.indexOf('END:VEVENT', begin);
	expect(begin, body).toBeGreaterThan(0);
	expect(
		lines.filter((l) => l === 'BEGIN:VEVENT'),
		'one date, one VEVENT'
	).toHaveLength(1);
	const vevent = lines.slice(begin, end);
	const summary = vevent.find((l) => l.startsWith('SUMMARY'));
	expect(icsText(summary?.replace(/^SUMMARY(;[^:]*)?:/, '') ?? '')).toBe(chosen!.title);
	const dtstart = vevent.find((l) => l.startsWith('DTSTART'));
	expect(dtstart, body).toBeDefined();
	expect(dtstartDay(dtstart!)).toBe(berlinDate(new Date(chosen!.start)));
	expect(weekend).toContain(dtstartDay(dtstart!));
});
