// What every public page owes a visitor, checked in the real browser.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** German, exactly one h1, a working skip link, Impressum and Datenschutz in the footer. */
export async function expectPublicPageBasics(page: Page, lang = 'de'): Promise<void> {
	const where = page.url();
	expect(await page.getAttribute('html', 'lang'), where).toBe(lang);
	expect(await page.locator('h1').count(), `${where}: number of <h1>`).toBe(1);
	const skip = page.locator('body a').first();
	const target = await skip.getAttribute('href');
	expect(target, `${where}: the first link skips to the content`).toMatch(/^#.+/);
	expect(await page.locator(target ?? '#none').count(), `${where}: skip target exists`).toBe(1);
	const footer = page.locator('footer');
	const imprint = lang === 'de' ? 'Impressum' : /Imprint|Legal notice/i;
	const privacy = lang === 'de' ? 'Datenschutz' : /Privacy/i;
	expect(await footer.getByRole('link', { name: imprint }).count(), `${where}: Impressum`).toBe(1);
	expect(
		await footer.getByRole('link', { name: privacy }).count(),
		`${where}: Datenschutz`
	).toBeGreaterThan(0);
}
