// Where the app under test lives, and the demo logins, for the journeys.
import { inject } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_LOGINS } from '../../../src/lib/server/demo/demo-logins.ts';

export const baseUrl = (): string => inject('baseUrl');

/** An absolute URL of the app under test. */
export function url(path: string): string {
	return baseUrl() + path;
}

export type Who = (typeof DEMO_LOGINS)[number]['key'];

export function demoLogin(who: Who) {
	const login = DEMO_LOGINS.find((l) => l.key === who);
	if (!login) throw new Error(`no demo login ${who}`);
	return login;
}

/** Signs in through the login form, as a person would, and waits to leave the login page. */
export async function login(page: Page, who: Who, prefix = ''): Promise<void> {
	const { email, password } = demoLogin(who);
	await page.goto(url(`${prefix}/anmelden`));
	const form = page.locator('form').filter({ has: page.locator('input[type=password]') });
	await form.getByLabel(/E-Mail/i).fill(email);
	await form.getByLabel(/Passwort|Password/i).fill(password);
	await form.locator('button[type=submit]').click();
	try {
		// The context's navigation timeout applies: a guard against a hang, not a speed target.
		await page.waitForURL((u) => !u.pathname.endsWith('/anmelden'), { waitUntil: 'commit' });
		await page.waitForLoadState('domcontentloaded');
	} catch (error) {
		const text = await page
			.locator('main')
			.innerText()
			.catch(() => '');
		throw new Error(`login as ${who} failed on ${page.url()}:\n${text.slice(0, 600)}`, {
			cause: error
		});
	}
}
