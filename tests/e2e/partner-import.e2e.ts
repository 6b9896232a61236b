// Bulk work is not by hand (issue 8.8): a coordinator imports partners from a spreadsheet saved
// as CSV. A file with a mistake in one row is previewed with that row's error and nothing is
// imported; the corrected file imports all rows at once, and the new partners are in the
// directory. Desktop, JavaScript on (the form works without it too: a plain multipart form).
import crypto from 'node:crypto';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { login, url } from './support/app.ts';
import { checkA11y } from './support/a11y.ts';
import { desktopContext, launchBrowser } from './support/browser.ts';

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
	browser = await launchBrowser();
	context = await desktopContext(browser);
	await login(await context.newPage(), 'coordinator');
});
afterAll(async () => {
	await browser?.close();
});

/** A spreadsheet's CSV export: semicolons, a BOM, quoted cells where needed. */
function csv(rows: string[][]): Buffer {
	const cell = (v: string) => (/[;"\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
	return Buffer.from('\uFEFF' + rows.map((r) => r.map(cell).join(';')).join('\r\n') + '\r\n');
}

async function upload(page: Page, file: Buffer): Promise<void> {
	await page.locator('input[type=file]').setInputFiles({
		name: 'partner.csv',
		mimeType: 'text/csv',
		buffer: file
	});
	await Promise.all([
		page.waitForLoadState('domcontentloaded'),
		page.getByRole('button', { name: 'Vorschau anzeigen' }).click()
	]);
	await page.getByRole('heading', { name: /Vorschau: \d+ Zeilen/ }).waitFor();
}

test('partners from a CSV file: the preview shows the wrong row, the corrected file imports all', async () => {
	const token = crypto.randomBytes(3).toString('hex');
	const names = [`Kita Regenbogen ${token}`, `Sportverein Blau-Weiß ${token}`];
	const header = ['name', 'art', 'strasse', 'plz', 'ort', 'website', 'status'];
	const good = [
		[
			names[0]!,
			'Kita',
			'Lindenweg 3',
			'12345',
			'Musterstadt',
			'https://regenbogen.example',
			'aktiv'
		],
		[names[1]!, 'Verein', 'Am Sportplatz 1', '12345', 'Musterstadt', '', 'aktiv']
	];
	const page = await context.newPage();
	await page.goto(url('/admin/partner/csv'));
	await checkA11y(page);

	// One row with a kind that does not exist: its error is shown, nothing is imported.
	await upload(page, csv([header, good[0]!, [names[1]!, 'Sportclub', '', '', '', '', 'aktiv']]));
	const main = page.locator('main');
	expect(await main.innerText()).toContain('In 1 Zeilen gibt es Fehler');
	const wrong = page.locator('main table tbody tr', { hasText: names[1]! });
	expect(await wrong.innerText()).toContain('Sportclub');
	expect(await page.getByRole('button', { name: 'Jetzt importieren' }).count()).toBe(0);
	await checkA11y(page);

	// The corrected file: all rows are fine, and one click imports them.
	await upload(page, csv([header, ...good]));
	expect(await main.innerText()).toContain('Alle Zeilen sind in Ordnung');
	await Promise.all([
		page.waitForLoadState('domcontentloaded'),
		page.getByRole('button', { name: 'Jetzt importieren' }).click()
	]);
	expect(await page.locator('main [role=status]').first().innerText()).toContain(
		'2 Partner importiert, davon 2 neu.'
	);

	// In the coordinators' list and, being active, in the public directory.
	await page.goto(url(`/admin/partner?q=${encodeURIComponent(token)}`));
	for (const name of names) expect(await main.innerText()).toContain(name);
	await page.goto(url(`/partner?suche=${encodeURIComponent(names[0]!)}`));
	expect(await main.innerText()).toContain(names[0]!);
});
