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

/** Signs in through the login form, as a person would, and waits to land in the admin area. */
export async function login(page: Page, who: Who, prefix = ''): Promise<void> {
	const { email, password } = demoLogin(who);
	await page.goto(url(`${prefix}/anmelden`));
	await page
		.getByLabel(/E-Mail/i)
		.first()
		.fill(email);
	await page
		.getByLabel(/Passwort|Password/i)
		.first()
		.fill(password);
	await Promise.all([
		page.waitForURL((u) => !u.pathname.endsWith('/anmelden'), { timeout: 15000 }),
		page
			.locator('form')
			.filter({ has: page.locator('input[type=password]') })
			.locator('button[type=submit]')
			.first()
			.click()
	]);
}
