// axe-core in Chromium: no serious or critical violation on any public page or admin page.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { login, url } from './support/app.ts';
import { a11yViolations } from './support/a11y.ts';
import { ROOT } from './support/app-process.ts';
import { desktopContext, launchBrowser } from './support/browser.ts';
import { enumerateRoutes } from './support/routes.ts';
import { PUBLIC_ROUTES } from './public-routes.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

/** /admin/… routes without parameters, read from src/routes. */
function adminPages(): string[] {
	const base = path.join(ROOT, 'src', 'routes');
	const out: string[] = [];
	const walk = (dir: string) => {
		for (const name of fs.readdirSync(dir)) {
			const full = path.join(dir, name);
			if (!fs.statSync(full).isDirectory()) continue;
			if (name.includes('[')) continue;
			if (fs.existsSync(path.join(full, '+page.svelte'))) {
				out.push(
					'/' +
						path
							.relative(base, full)
							.split(path.sep)
							.filter((s) => !/^\(.*\)$/.test(s))
							.join('/')
				);
			}
			walk(full);
		}
	};
	walk(path.join(base, 'admin'));
	return out.sort();
}

/** The first link in <main> whose path matches, e.g. an edit link in a list. */
async function firstLink(page: Page, pattern: RegExp): Promise<string> {
	const hrefs = await page
		.locator('main a[href]')
		.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
	const found = hrefs.find((h) => pattern.test(h));
	if (!found) throw new Error(`no link matching ${pattern} on ${page.url()}`);
	return found;
}

async function audit(page: Page, path: string, expectStatus = 200): Promise<string[]> {
	const response = await page.goto(url(path));
	expect(response?.status(), path).toBe(expectStatus);
	// The page is complete once its JavaScript has taken over (the root layout marks it).
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	const found = await a11yViolations(page);
	return found.length ? [`${path}:\n${found.join('\n')}`] : [];
}

test('the check itself finds a missing alt text and an unlabelled field', async () => {
	const context = await desktopContext(browser);
	const page = await context.newPage();
	await page.setContent(
		'<!doctype html><html lang="de"><head><title>t</title></head><body><main><h1>t</h1>' +
			'<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><input type="text"></main></body></html>'
	);
	const found = (await a11yViolations(page)).join('\n');
	expect(found).toContain('image-alt');
	expect(found).toContain('label');
	await context.close();
});

describe('public pages', () => {
	let context: BrowserContext;
	let page: Page;
	beforeAll(async () => {
		context = await desktopContext(browser);
		page = await context.newPage();
	});
	afterAll(async () => {
		await context?.close();
	});

	test('home, about, news, a post, documents, contact, Impressum, Datenschutz, login, 404', async () => {
		await page.goto(url('/'));
		const about = await page
			.locator('header nav a', { hasText: 'Über uns' })
			.first()
			.evaluate((a) => (a as HTMLAnchorElement).pathname);
		await page.goto(url('/neuigkeiten'));
		const post = await firstLink(page, /^\/neuigkeiten\/.+/);
		const problems = [];
		for (const path of [
			'/',
			about,
			'/neuigkeiten',
			post,
			'/dokumente',
			'/suche?q=Familie',
			'/kontakt',
			'/impressum',
			'/datenschutz',
			'/anmelden'
		]) {
			problems.push(...(await audit(page, path)));
		}
		problems.push(...(await audit(page, '/gibt-es-nicht', 404)));
		expect(problems, problems.join('\n\n')).toEqual([]);
	});
});

describe('every other public page', () => {
	let context: BrowserContext;
	let page: Page;
	beforeAll(async () => {
		context = await desktopContext(browser);
		page = await context.newPage();
	});
	afterAll(async () => {
		await context?.close();
	});

	test('the public routes without parameters (calendar, partners, topics, get involved, …)', async () => {
		const problems = [];
		const skip = new Set(['/', '/anmelden', '/kontakt', '/impressum', '/datenschutz']);
		// Pages are told apart from feeds and endpoints by the route files, not by the answer:
		// a page that starts failing (404, 500, a redirect) fails here instead of leaving the audit.
		const pages = new Set((await enumerateRoutes()).filter((r) => r.page).map((r) => r.id));
		let audited = 0;
		for (const route of Object.keys(PUBLIC_ROUTES)) {
			if (route.includes('[') || skip.has(route) || !pages.has(route)) continue;
			problems.push(...(await audit(page, route)));
			audited++;
		}
		expect(audited).toBeGreaterThan(10);
		expect(problems, problems.join('\n\n')).toEqual([]);
	});
});

describe('admin pages', () => {
	let context: BrowserContext;
	let page: Page;
	beforeAll(async () => {
		context = await desktopContext(browser);
		page = await context.newPage();
		await login(page, 'coordinator');
	});
	afterAll(async () => {
		await context?.close();
	});

	test('dashboard, pages, news, documents, profile, people, messages', async () => {
		const problems = [];
		for (const path of ['/admin', '/admin/seiten']) problems.push(...(await audit(page, path)));
		const pageEdit = await firstLink(page, /^\/admin\/seiten\/(?!neu$)[^/]+$/);
		problems.push(...(await audit(page, pageEdit)));
		problems.push(...(await audit(page, '/admin/seiten/neu')));
		problems.push(...(await audit(page, '/admin/neuigkeiten')));
		const newsEdit = await firstLink(page, /^\/admin\/neuigkeiten\/(?!neu$)[^/]+$/);
		problems.push(...(await audit(page, newsEdit)));
		for (const path of [
			'/admin/neuigkeiten/neu',
			'/admin/dokumente',
			'/admin/profil',
			'/admin/personen',
			'/admin/nachrichten'
		]) {
			problems.push(...(await audit(page, path)));
		}
		expect(problems, problems.join('\n\n')).toEqual([]);
	});

	test('every other admin page without parameters', async () => {
		const done = new Set(['/admin', '/admin/seiten', '/admin/seiten/neu', '/admin/neuigkeiten']);
		const problems = [];
		for (const adminPath of adminPages()) {
			if (done.has(adminPath)) continue;
			// Every admin page answers a coordinator; one that fails fails the test.
			problems.push(...(await audit(page, adminPath)));
		}
		expect(problems, problems.join('\n\n')).toEqual([]);
		// One audit per admin page (about 30, more with every feature): a bound for the whole walk
		// that holds on a busy machine, not the one minute of a single journey.
	}, 300_000);
});
