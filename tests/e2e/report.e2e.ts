// The annual report of the demo alliance's last year, without JavaScript: listed on
// /jahresbericht, rendered as a page whose charts carry their figures in tables, and as a PDF
// whose text (read with PDF.js) holds the same counted figures. A coordinator edits the
// foreword in /admin/jahresbericht and the public page shows it at once.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { login, url } from './support/app.ts';
import { desktopContext, launchBrowser, phoneContext } from './support/browser.ts';
import { expectPublicPageBasics } from './support/page-checks.ts';

let browser: Browser;
const contexts: BrowserContext[] = [];
const year = new Date().getUTCFullYear() - 1;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	for (const c of contexts) await c.close();
	await browser?.close();
});

async function pdfText(bytes: Uint8Array): Promise<string> {
	const pdf = await getDocument({ data: bytes, useSystemFonts: false }).promise;
	let text = '';
	for (let n = 1; n <= pdf.numPages; n++) {
		const content = await (await pdf.getPage(n)).getTextContent();
		text += content.items.map((i) => ('str' in i ? i.str + (i.hasEOL ? '\n' : '') : '')).join('');
		text += '\n';
	}
	return text.replace(/\s+/g, ' ');
}

test('last year’s report renders as a page and as a PDF with the counted figures', async () => {
	const context = await phoneContext(browser, { javaScriptEnabled: false });
	contexts.push(context);
	const page = await context.newPage();
	await page.goto(url('/jahresbericht'));
	await expectPublicPageBasics(page);
	await page.getByRole('link', { name: `Jahresbericht ${year}` }).click();
	await page.waitForURL(new RegExp(`/jahresbericht/${year}$`));
	await expectPublicPageBasics(page);
	await expect(page.locator('h1').textContent()).resolves.toBe(`Jahresbericht ${year}`);

	// The key figure, and the same numbers in the cost chart's data table.
	const held = Number(await page.locator('#fig-events + p.key strong').textContent());
	expect(held).toBeGreaterThan(0);
	const costRows = page
		.getByRole('table', { name: /Veranstaltungen nach Kosten/ })
		.locator('tbody tr');
	await expect(costRows.count()).resolves.toBe(2);
	const free = Number(await costRows.nth(0).locator('td').first().textContent());
	const notFree = Number(await costRows.nth(1).locator('td').first().textContent());
	expect(free + notFree).toBe(held);

	const response = await fetch(url(`/jahresbericht/${year}/bericht.pdf`));
	expect(response.status).toBe(200);
	expect(response.headers.get('content-type')).toBe('application/pdf');
	const text = await pdfText(new Uint8Array(await response.arrayBuffer()));
	expect(text).toContain(`Jahresbericht ${year}`);
	expect(text).toContain(`Veranstaltungen fanden statt: ${held}`);
	expect(text).toContain(`davon kostenlos: ${free}`);
	expect(text).toContain(`davon mit Kosten: ${notFree}`);

	// A year that is not published does not exist for the public.
	expect((await fetch(url(`/jahresbericht/${year - 5}`))).status).toBe(404);
	expect((await fetch(url(`/jahresbericht/${year - 5}/bericht.pdf`))).status).toBe(404);
});

test('a coordinator edits the foreword and the public page shows it', async () => {
	const context = await desktopContext(browser, { javaScriptEnabled: false });
	contexts.push(context);
	const page = await context.newPage();
	await login(page, 'coordinator');
	await page.goto(url(`/admin/jahresbericht?jahr=${year}`));
	await expect(page.locator('h1').textContent()).resolves.toBe(`Jahresbericht ${year}`);
	const foreword = `Danke an alle, die ${year} mitgemacht haben!`;
	await page.getByLabel('Vorwort').fill(foreword);
	await page.getByRole('button', { name: 'Speichern' }).click();
	await page.getByText('Der Jahresbericht ist gespeichert.').waitFor();
	await page.goto(url(`/jahresbericht/${year}`));
	await expect(page.locator('main').textContent()).resolves.toContain(foreword);
});
