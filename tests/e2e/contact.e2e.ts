// A family writes through the contact form: the alliance receives it, the sender gets a copy;
// a bot that fills the hidden honeypot field is dropped without a word.
import crypto from 'node:crypto';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { url } from './support/app.ts';
import { launchBrowser, phoneContext } from './support/browser.ts';
import { allMails, waitForMail } from './support/mail.ts';

const ALLIANCE_ADDRESS = 'kontakt@musterstadt.example';
let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

test('a message reaches the alliance and the sender gets a copy (phone, no JavaScript)', async () => {
	const token = crypto.randomBytes(4).toString('hex');
	const context = await phoneContext(browser, { javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(url('/kontakt'));
	await page.getByLabel('Name', { exact: false }).first().fill('Familie Yılmaz');
	await page
		.getByLabel(/E-Mail/)
		.first()
		.fill('familie.yilmaz@example.net');
	await page.getByLabel(/Betreff/).fill(`Kinderbetreuung am Samstag ${token}`);
	await page
		.getByLabel(/Nachricht/)
		.fill('Guten Tag, gibt es in Musterstadt eine Kinderbetreuung am Samstagvormittag?');
	await page.getByRole('button', { name: /senden/i }).click();
	await page.waitForLoadState('domcontentloaded');
	expect(await page.locator('[role=status], .notice').first().innerText()).toMatch(
		/Vielen Dank|gesendet|erhalten/i
	);

	const toAlliance = await waitForMail(ALLIANCE_ADDRESS, new RegExp(token));
	expect(toAlliance.text).toContain('Kinderbetreuung am Samstagvormittag');
	expect(toAlliance.text + toAlliance.from).toContain('familie.yilmaz@example.net');
	const copy = await waitForMail('familie.yilmaz@example.net', new RegExp(token));
	expect(copy.text).toContain('Kinderbetreuung am Samstagvormittag');
	await context.close();
});

test('the honeypot silently drops a bot', async () => {
	const token = crypto.randomBytes(4).toString('hex');
	const body = new URLSearchParams({
		name: 'Bot',
		email: 'bot@example.net',
		subject: `Günstige Uhren ${token}`,
		message: 'Kaufen Sie jetzt!',
		website: 'https://spam.example'
	});
	const response = await fetch(url('/kontakt'), {
		method: 'POST',
		headers: {
			origin: url(''),
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded'
		},
		body
	});
	// The bot is told nothing: the same answer as for a real message.
	expect(response.status).toBe(200);
	expect(await response.text()).toMatch(/Vielen Dank|gesendet|erhalten/i);
	// A real message sent afterwards arrives; the bot's never does.
	const control = crypto.randomBytes(4).toString('hex');
	const real = new URLSearchParams({
		name: 'Jana Kühn',
		email: 'jana.kuehn@example.net',
		subject: `Frage ${control}`,
		message: 'Wann ist das nächste Familienfest?',
		website: ''
	});
	await fetch(url('/kontakt'), {
		method: 'POST',
		headers: {
			origin: url(''),
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded'
		},
		body: real
	});
	await waitForMail(ALLIANCE_ADDRESS, new RegExp(control));
	const mails = await allMails();
	expect(mails.filter((m) => m.subject.includes(token))).toEqual([]);
});
