// The contact point for concerns, as people use it on a phone without JavaScript: a mother
// writes anonymously with her e-mail address and gets a reference and her status link (on
// the page and by mail — the mail does not repeat her text); the coordinator routes the concern
// to a partner; the partner's contact answers in /intern; the mother reads the answer on her
// status link and in the mail. A partner contact gets nothing of a concern that was not routed
// to their partner, through any route of the inbox or the internal area.
import crypto from 'node:crypto';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { baseUrl, login, url } from './support/app.ts';
import { desktopContext, launchBrowser, phoneContext } from './support/browser.ts';
import { allMails, waitForMail } from './support/mail.ts';
import { sendConcernForm } from './support/concern-form.ts';

let browser: Browser;
let coordinator: BrowserContext;
let partner: BrowserContext;

const token = crypto.randomBytes(4).toString('hex');
const mother = `mama-${token}@example.net`;
const question = `Gibt es in Musterstadt eine Krabbelgruppe für Babys unter einem Jahr? (${token})`;
const secret = `Vertraulich ${token}: nur für die Kita Sonnenblume bestimmt.`;
const answer = `Ja! Jeden Dienstag um 10 Uhr im Familienzentrum Am Hafen – kommen Sie einfach vorbei. (${token})`;
/** The demo partner login speaks for this partner. */
const OWN = 'Familienzentrum Am Hafen';
const OTHER = 'Kita Sonnenblume';

beforeAll(async () => {
	browser = await launchBrowser();
	coordinator = await desktopContext(browser, { javaScriptEnabled: false });
	await login(await coordinator.newPage(), 'coordinator');
	partner = await phoneContext(browser, { javaScriptEnabled: false });
	await login(await partner.newPage(), 'partner');
});
afterAll(async () => {
	await browser?.close();
});

async function submit(page: Page, button: Locator): Promise<void> {
	await Promise.all([page.waitForLoadState('domcontentloaded'), button.click()]);
}

/**
 * Sends the concern form. A person who sends it within two seconds of opening it is asked to
 * send it again (spam protection), with everything they typed kept; so does this journey.
 */
async function sendConcern(page: Page): Promise<void> {
	await sendConcernForm(page);
}

async function writeConcern(
	page: Page,
	fields: { category: string; message: string; email?: string; anonymous?: boolean }
) {
	await page.goto(url('/kontakt'));
	await page.getByLabel('Worum geht es?').selectOption({ label: fields.category });
	await page.getByLabel('Ihre Nachricht').fill(fields.message);
	if (fields.anonymous) await page.getByLabel('Ich möchte ohne Namen schreiben').check();
	if (fields.email) await page.getByLabel('E-Mail').fill(fields.email);
	await page.getByLabel(/Ich bin einverstanden/).check();
	await sendConcern(page);
	await expect.poll(() => page.locator('h1').innerText()).toMatch(/Ihr Anliegen ist angekommen/);
	const reference = (await page.locator('main .reference').innerText()).trim();
	const statusUrl = await page.locator('main .status-link a').getAttribute('href');
	return { reference, statusUrl: statusUrl ?? '' };
}

/** The concern's id, read from the link in the coordinator's inbox. */
async function idInInbox(page: Page, reference: string): Promise<string> {
	await page.goto(url('/admin/anliegen?status=all'));
	const href = await page.locator('main a', { hasText: reference }).first().getAttribute('href');
	const id = href?.split('/').pop();
	if (!id) throw new Error(`${reference} not in the inbox`);
	return id;
}

async function route(page: Page, id: string, to: string): Promise<void> {
	await page.goto(url(`/admin/anliegen/${id}`));
	await page.getByLabel('Weiterleiten an').selectOption({ label: to });
	await submit(page, page.getByRole('button', { name: 'Weiterleiten' }));
	expect(await page.locator('main [role=status]').innerText()).toMatch(/Weiterleitung gespeichert/);
}

test('a mother writes anonymously, a partner answers in /intern, she reads it on her link and in the mail', async () => {
	const phone = await phoneContext(browser, { javaScriptEnabled: false });
	const page = await phone.newPage();
	const { reference, statusUrl } = await writeConcern(page, {
		category: 'Freizeit und Angebote für Familien',
		message: question,
		email: mother,
		anonymous: true
	});
	expect(reference).toMatch(/^AN-[A-Z2-9]{6}$/);
	expect(statusUrl.startsWith(`${baseUrl()}/anliegen/`)).toBe(true);
	const noSideways = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(noSideways).toBeLessThanOrEqual(0);

	// The first mail carries the reference and the link, not what she typed.
	const first = await waitForMail(mother, new RegExp(reference));
	expect(first.text).toContain(statusUrl);
	expect(first.text).not.toContain(token);

	// The coordinator routes it to the demo partner.
	const admin = await coordinator.newPage();
	const id = await idInInbox(admin, reference);
	expect(await admin.locator('main').innerText()).toContain(reference);
	await route(admin, id, OWN);

	// The partner's contact sees it in /intern and answers.
	const intern = await partner.newPage();
	await intern.goto(url('/intern/anliegen'));
	await submit(intern, intern.locator('main a', { hasText: reference }));
	expect(await intern.locator('main').innerText()).toContain(question);
	expect(await intern.locator('main').innerText()).not.toContain(mother);
	await intern.getByLabel('Ihre Antwort an die Familie').fill(answer);
	await submit(intern, intern.getByRole('button', { name: 'Antwort senden' }));
	expect(await intern.locator('main [role=status]').innerText()).toMatch(/gesendet/);

	// She reads it on her status link …
	await page.goto(statusUrl);
	const statusText = await page.locator('main').innerText();
	expect(statusText).toContain('Beantwortet');
	expect(statusText).toContain(answer);
	expect(statusText).toContain(`Antwort von ${OWN}`);
	expect(await page.locator('h1').count()).toBe(1);
	// … and in the mail, which links back to the same page.
	const mail = await waitForMail(mother, /Antwort auf Ihr Anliegen/);
	expect(mail.text).toContain(answer);
	expect(mail.text).toContain(statusUrl);

	// She adds a question; the coordinator sees it.
	await page.getByLabel('Ihre Ergänzung').fill(`Muss ich mich vorher anmelden? (${token})`);
	await submit(page, page.getByRole('button', { name: 'Ergänzung senden' }));
	expect(await page.locator('main [role=status]').innerText()).toMatch(/angekommen/);
	await admin.goto(url(`/admin/anliegen/${id}`));
	expect(await admin.locator('main').innerText()).toContain(
		`Muss ich mich vorher anmelden? (${token})`
	);
	await phone.close();
});

test('a partner contact gets nothing of a concern routed elsewhere, through every route', async () => {
	const phone = await phoneContext(browser, { javaScriptEnabled: false });
	const { reference } = await writeConcern(await phone.newPage(), {
		category: 'Kinderbetreuung',
		message: secret
	});
	await phone.close();
	const admin = await coordinator.newPage();
	const id = await idInInbox(admin, reference);
	await admin.goto(url(`/admin/anliegen/${id}`));
	await admin.locator('#f-note').fill(`Notiz ${token}`);
	await submit(admin, admin.getByRole('button', { name: 'Notiz speichern' }));
	await route(admin, id, OTHER);

	const request = partner.request;
	const gets = [
		'/intern/anliegen',
		`/intern/anliegen/${id}`,
		'/admin/anliegen',
		'/admin/anliegen?status=all',
		`/admin/anliegen/${id}`,
		'/admin/anliegen/einstellungen',
		'/admin/anliegen/auswertung',
		'/admin/nachrichten',
		'/intern',
		'/admin'
	];
	for (const path of gets) {
		const response = await request.get(url(path), { maxRedirects: 0 });
		const body = await response.text();
		expect(body, path).not.toContain(token);
		expect(body, path).not.toContain(reference);
		if (path.includes(id)) expect([303, 403, 404], path).toContain(response.status());
	}
	const posts: [string, Record<string, string>][] = [
		[`/intern/anliegen/${id}?/answer`, { body: `Fremde Antwort ${token}` }],
		[`/admin/anliegen/${id}?/answer`, { body: `Fremde Antwort ${token}` }],
		[`/admin/anliegen/${id}?/note`, { note: `Fremde Notiz ${token}` }],
		[`/admin/anliegen/${id}?/status`, { status: 'closed' }],
		[`/admin/anliegen/${id}?/route`, { target: '' }],
		[`/admin/anliegen/${id}?/assign`, { userId: '' }]
	];
	for (const [path, form] of posts) {
		const response = await request.post(url(path), {
			form,
			headers: { origin: baseUrl(), accept: 'text/html' },
			maxRedirects: 0
		});
		expect([303, 403, 404], path).toContain(response.status());
		expect(await response.text(), path).not.toContain(secret);
	}
	// Nothing changed: still routed to the other partner, no foreign answer or note.
	await admin.goto(url(`/admin/anliegen/${id}`));
	const text = await admin.locator('main').innerText();
	expect(text).toContain('Weitergeleitet');
	expect(text).toContain(OTHER);
	expect(text).not.toContain('Fremde');
	// And no mail went anywhere with the secret text except to the alliance.
	const leaked = (await allMails()).filter(
		(m) => m.text.includes(secret) && !m.to.some((to) => to.includes('kontakt@musterstadt'))
	);
	expect(leaked).toEqual([]);
});

test('ideas board: proposed on a phone, confirmed by mail, approved, supported once', async () => {
	const phone = await phoneContext(browser, { javaScriptEnabled: false });
	const page = await phone.newPage();
	const title = `Ein Bücherschrank auf dem Marktplatz ${token}`;
	const proposer = `idee-${token}@example.net`;
	await page.goto(url('/'));
	await submit(page, page.locator('main a[href$="/ideen"]').first());
	await submit(page, page.getByRole('link', { name: 'Idee vorschlagen' }));
	await page.getByLabel('Ihre Idee in einem Satz').fill(title);
	await page
		.getByLabel('Beschreibung')
		.fill('Bücher für Kinder zum Tauschen, offen für alle Familien.');
	await page.getByLabel('Ihre E-Mail-Adresse').fill(proposer);
	await page.getByLabel(/Ich bin einverstanden/).check();
	// As with concerns: sent within two seconds, the form is refused as too fast and sent again.
	for (let attempt = 0; attempt < 60; attempt++) {
		await submit(page, page.getByRole('button', { name: 'Idee einreichen' }));
		if (!(await page.locator('main [role=alert]').count())) break;
	}
	expect(await page.locator('h1').innerText()).toMatch(/Bitte bestätigen Sie Ihre Idee/);
	const mail = await waitForMail(proposer, /bestätigen Sie Ihre Idee/);
	expect(mail.text).not.toContain(token);
	const confirm = /https?:\/\/\S+\/ideen\/bestaetigen\/\S+/.exec(mail.text)?.[0] ?? '';
	await page.goto(confirm);
	await submit(page, page.getByRole('button', { name: 'Ja, das ist meine Idee' }));
	expect(await page.locator('main [role=status]').innerText()).toMatch(/bestätigt/);
	await page.goto(url('/ideen?sortierung=neu'));
	expect(await page.locator('main').innerText()).not.toContain(title);

	const admin = await coordinator.newPage();
	await admin.goto(url('/admin/ideen'));
	await submit(
		admin,
		admin.getByRole('button', { name: new RegExp(`^Veröffentlichen.*${token}`) })
	);
	await page.goto(url('/ideen?sortierung=neu'));
	await submit(page, page.locator('main a', { hasText: title }));
	const fan = `fan-${token}@example.net`;
	for (let round = 0; round < 2; round++) {
		await page.getByLabel('Ihre E-Mail-Adresse').fill(fan);
		for (let attempt = 0; attempt < 60; attempt++) {
			await submit(page, page.getByRole('button', { name: 'Das unterstütze ich' }));
			if (!(await page.locator('main [role=alert]').count())) break;
		}
		if (round === 0) {
			const link = /https?:\/\/\S+\/ideen\/unterstuetzen\/\S+/.exec(
				(await waitForMail(fan, /Unterstützung/)).text
			)?.[0];
			await page.goto(link ?? '');
			await submit(page, page.getByRole('button', { name: 'Ja, ich unterstütze diese Idee' }));
			await submit(page, page.locator('main a', { hasText: 'Alle Ideen' }));
		}
	}
	expect(await page.locator('main').innerText()).toContain('1 Person unterstützt das');
	await phone.close();
});

test('the new pages have no serious accessibility violations', async () => {
	const { checkA11y } = await import('./support/a11y.ts');
	const desk = await desktopContext(browser);
	const page = await desk.newPage();
	for (const path of ['/kontakt', '/ideen', '/ideen/neu']) {
		await page.goto(url(path));
		await checkA11y(page);
	}
	await page.goto(url('/ideen'));
	await submit(page, page.locator('main .ideas a').first());
	await checkA11y(page);
	await login(page, 'coordinator');
	for (const path of [
		'/admin/anliegen',
		'/admin/anliegen/einstellungen',
		'/admin/anliegen/auswertung',
		'/admin/ideen?zeigen=alle',
		'/intern/anliegen'
	]) {
		await page.goto(url(path));
		await checkA11y(page);
	}
	await page.goto(url('/admin/anliegen'));
	await submit(page, page.locator('main .inbox a').first());
	await checkA11y(page);
	await desk.close();
});
