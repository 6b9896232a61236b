// Bad URLs, foreign origins and the response headers a browser relies on.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { demoLogin, url } from './support/app.ts';
import { launchBrowser, phoneContext } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

describe('unknown URL', () => {
	test('gives a German 404 page with a link home and no stack trace', async () => {
		const context = await phoneContext(browser, { javaScriptEnabled: false });
		const page = await context.newPage();
		const response = await page.goto(url('/gibt-es-nicht/wirklich-nicht'));
		expect(response?.status()).toBe(404);
		expect(await page.getAttribute('html', 'lang')).toBe('de');
		await expect(page.locator('h1').count()).resolves.toBe(1);
		expect(await page.locator('h1').innerText()).toMatch(/nicht gefunden|gibt es nicht/i);
		const home = page.locator('main a[href="/"]');
		expect(await home.count()).toBeGreaterThan(0);
		const body = await page.content();
		expect(body).not.toMatch(/\bat .+\.(js|ts):\d+|Error:|node_modules/);
		await context.close();
	});
});

describe('response headers', () => {
	test('an HTML page carries a strict CSP and the usual protections', async () => {
		const response = await fetch(url('/'));
		expect(response.status).toBe(200);
		const csp = response.headers.get('content-security-policy') ?? '';
		const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
		expect(scriptSrc, csp).not.toBe('');
		expect(scriptSrc).not.toContain('unsafe-inline');
		expect(csp).toMatch(/frame-ancestors [^;]+/);
		expect(csp).toMatch(/object-src 'none'/);
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
		expect(response.headers.get('referrer-policy')).toMatch(/origin|no-referrer/);
	});

	test('a foreign Origin cannot post a form (CSRF)', async () => {
		for (const path of ['/kontakt', '/anmelden']) {
			const response = await fetch(url(path), {
				method: 'POST',
				headers: {
					origin: 'https://evil.example',
					'content-type': 'application/x-www-form-urlencoded'
				},
				body: 'email=a%40b.example&password=x&name=x&message=x',
				redirect: 'manual'
			});
			expect(response.status, path).toBe(403);
			// The same request from the site itself is not refused for its origin.
			const own = await fetch(url(path), {
				method: 'POST',
				headers: {
					origin: url(''),
					accept: 'text/html',
					'content-type': 'application/x-www-form-urlencoded'
				},
				body: 'name=&email=&message=',
				redirect: 'manual'
			});
			expect(own.status, `${path} from its own origin`).not.toBe(403);
		}
	});

	test('the session cookie is HttpOnly and SameSite=Lax', async () => {
		const { email, password } = demoLogin('coordinator');
		const form = new URLSearchParams({ email, password });
		const response = await fetch(url('/anmelden?/password'), {
			method: 'POST',
			headers: { origin: url(''), 'content-type': 'application/x-www-form-urlencoded' },
			body: form,
			redirect: 'manual'
		});
		const cookies = response.headers.getSetCookie();
		const session = cookies.find((c) => /session_token=/.test(c));
		expect(session, `status ${response.status}, cookies: ${cookies.join(' | ')}`).toBeDefined();
		expect(session).toMatch(/;\s*HttpOnly/i);
		expect(session).toMatch(/;\s*SameSite=Lax/i);
	});
});
