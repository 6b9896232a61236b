// Words and details people meet: pages that fit a small phone, lists without ISO dates, ids
// that are unique, required lists that start empty, the link dialog of the editor, the
// "Spenden" tile only with a bank account.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { login, url } from './support/app.ts';
import { desktopContext, launchBrowser, withTimeouts } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

/** What sticks out to the right, for a readable failure. */
async function sideways(page: Page): Promise<string | null> {
	return page.evaluate(() => {
		const doc = document.documentElement;
		const over = doc.scrollWidth - doc.clientWidth;
		if (over <= 0) return null;
		const wide = Array.from(document.querySelectorAll<HTMLElement>('main *'))
			.filter((el) => el.getBoundingClientRect().right > doc.clientWidth + 1)
			.slice(0, 5)
			.map(
				(el) =>
					`${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}.${Array.from(el.classList).join('.')} right=${Math.round(el.getBoundingClientRect().right)}`
			);
		return `${location.pathname} scrolls sideways by ${over}px: ${wide.join(', ')}`;
	});
}

async function firstLink(page: Page, pattern: RegExp): Promise<string> {
	const hrefs = await page
		.locator('main a[href]')
		.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
	const found = hrefs.find((h) => pattern.test(h));
	if (!found) throw new Error(`no link matching ${pattern} on ${page.url()}`);
	return found;
}

describe('a coordinator on a small phone', () => {
	let context: BrowserContext;
	let page: Page;
	beforeAll(async () => {
		context = withTimeouts(
			await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'de-DE' })
		);
		page = await context.newPage();
		await login(page, 'coordinator');
	});
	afterAll(async () => {
		await context?.close();
	});

	test('admin lists fit 360 px; event and news forms fit 320 px', async () => {
		const problems: string[] = [];
		for (const path of [
			'/admin/seiten',
			'/admin/termine',
			'/admin/neuigkeiten',
			'/admin/partner',
			'/admin/team',
			'/admin/personen'
		]) {
			await page.goto(url(path));
			const found = await sideways(page);
			if (found) problems.push(`360: ${found}`);
			// Nor does a list scroll inside its box.
			const boxes = await page
				.locator('.table-wrap')
				.evaluateAll((els) => els.map((e) => e.scrollWidth - e.clientWidth));
			if (boxes.some((over) => over > 0)) problems.push(`360: ${path} list scrolls (${boxes})`);
		}
		await page.goto(url('/admin/termine'));
		const eventEdit = await firstLink(page, /^\/admin\/termine\/(?!neu$|moderation|import)[^/]+$/);
		await page.goto(url('/admin/neuigkeiten'));
		const newsEdit = await firstLink(page, /^\/admin\/neuigkeiten\/(?!neu$)[^/]+$/);
		await page.setViewportSize({ width: 320, height: 700 });
		for (const path of ['/admin/termine/neu', eventEdit, '/admin/neuigkeiten/neu', newsEdit]) {
			await page.goto(url(path));
			await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
			const found = await sideways(page);
			if (found) problems.push(`320: ${found}`);
		}
		await page.setViewportSize({ width: 360, height: 740 });
		expect(problems, problems.join('\n')).toEqual([]);
	});

	test('the team list shows dates as people read them', async () => {
		await page.goto(url('/admin/team'));
		const text = await page.locator('main table').innerText();
		expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
	});

	test('the working-group page has unique ids, and descriptions have their own hints', async () => {
		await page.goto(url('/admin/arbeitsgruppen'));
		const group = await firstLink(page, /^\/admin\/arbeitsgruppen\/(?!neu$)[^/]+$/);
		await page.goto(url(group));
		const duplicates = await page.evaluate(() => {
			const seen = new Map<string, number>();
			for (const el of Array.from(document.querySelectorAll('[id]'))) {
				seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
			}
			return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
		});
		expect(duplicates).toEqual([]);
		expect(await page.locator('main').innerText()).not.toContain('Wer sind Sie');
		await page.goto(url('/admin/themen'));
		await page.goto(url(await firstLink(page, /^\/admin\/themen\/(?!neu$)[^/]+$/)));
		expect(await page.locator('main').innerText()).not.toContain('Wer sind Sie');
	});

	test('the editor asks for a link address in a labelled dialog, not a browser prompt', async () => {
		let prompted = false;
		page.on('dialog', (d) => {
			prompted = true;
			void d.dismiss();
		});
		await page.goto(url('/admin/neuigkeiten/neu'));
		const area = page.locator('.rt-content').first();
		await area.click();
		await area.pressSequentially('Mehr beim Familienbüro');
		await area.press('Shift+Home');
		await page.getByRole('button', { name: 'Link', exact: true }).first().click();
		const dialog = page.getByRole('dialog', { name: 'Link einfügen' });
		await dialog.waitFor();
		await dialog.getByLabel('Adresse des Links').fill('javascript:alert(1)');
		await dialog.getByRole('button', { name: 'Link übernehmen' }).click();
		await dialog.getByRole('alert').waitFor();
		await dialog.getByLabel('Adresse des Links').fill('www.familienbuero.example');
		await dialog.getByRole('button', { name: 'Link übernehmen' }).click();
		await dialog.waitFor({ state: 'hidden' });
		expect(await area.locator('a').getAttribute('href')).toBe('https://www.familienbuero.example');
		expect(prompted).toBe(false);
	});
});

test('required lists start empty; one-line address fields do not claim a multi-line address', async () => {
	const context = await desktopContext(browser, { javaScriptEnabled: false });
	const page = await context.newPage();
	const problems: string[] = [];
	for (const path of ['/mitmachen/partner-werden', '/termine/melden', '/kontakt']) {
		await page.goto(url(path));
		const found = await page.evaluate(() => {
			const out: string[] = [];
			for (const s of Array.from(
				document.querySelectorAll<HTMLSelectElement>('select[required]')
			)) {
				if (!s.multiple && s.size <= 1 && s.options[0]?.value !== '') {
					out.push(`select#${s.id} starts with "${s.options[0]?.value}"`);
				}
			}
			for (const i of Array.from(
				document.querySelectorAll('input[autocomplete~="street-address"]')
			)) {
				out.push(`input#${i.id} has autocomplete=street-address`);
			}
			return out;
		});
		problems.push(...found.map((f) => `${path}: ${f}`));
	}
	await context.close();
	expect(problems, problems.join('\n')).toEqual([]);
});

test('"Spenden" shows on "Machen Sie mit" only with a bank account', async () => {
	const context = await desktopContext(browser, { javaScriptEnabled: false });
	const page = await context.newPage();
	await login(page, 'coordinator');
	const visitor = await desktopContext(browser, { javaScriptEnabled: false });
	const v = await visitor.newPage();
	await v.goto(url('/mitmachen'));
	expect(await v.locator('main h2', { hasText: 'Spenden' }).count()).toBe(1);

	await page.goto(url('/admin/profil'));
	const fields = ['bankHolder', 'bankIban', 'bankBic', 'bankName', 'bankPurpose'];
	const saved: Record<string, string> = {};
	for (const f of fields) {
		saved[f] = await page.locator(`#f-${f}`).inputValue();
		await page.locator(`#f-${f}`).fill('');
	}
	const save = page.locator('form:has(#f-bankIban) button[type=submit]').last();
	await Promise.all([page.waitForLoadState('domcontentloaded'), save.click()]);
	await page.locator('[role=status], [role=alert]').first().waitFor();
	expect(await page.locator('[role=alert]').count(), await page.locator('main').innerText()).toBe(
		0
	);
	try {
		await v.goto(url('/mitmachen'));
		expect(await v.locator('main h2', { hasText: 'Spenden' }).count()).toBe(0);
	} finally {
		await page.goto(url('/admin/profil'));
		for (const f of fields) await page.locator(`#f-${f}`).fill(saved[f] ?? '');
		await Promise.all([page.waitForLoadState('domcontentloaded'), save.click()]);
		await visitor.close();
		await context.close();
	}
});
