// Where the app under test lives, and the demo logins, for the journeys.
import fs from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import type { Page } from 'playwright-core';
import {
	DEMO_LOGINS,
	DEMO_OPERATOR,
	DEMO_OPERATOR_FILE
} from '../../../src/lib/server/demo/demo-logins.ts';

export const baseUrl = (): string => inject('baseUrl');

/** An absolute URL of the app under test. */
export function url(path: string): string {
	return baseUrl() + path;
}

export type Who = (typeof DEMO_LOGINS)[number]['key'] | 'operator';

/** A demo login; the operator's password is generated at seeding and read from DATA_DIR. */
export function demoLogin(who: Who): { email: string; password: string } {
	if (who === 'operator') {
		const file = path.join(inject('dataDir'), DEMO_OPERATOR_FILE);
		return { email: DEMO_OPERATOR.email, password: fs.readFileSync(file, 'utf8').trim() };
	}
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
