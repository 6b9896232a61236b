// The partner network as people use it, without JavaScript:
// an organisation applies on a phone and gets the confirmation; the coordinator accepts; the
// contact person joins from the invitation mail, lands in the internal area and edits the
// partner's public description, which is public at once — or, when the coordinators require
// approval, only after a coordinator approved it. That contact cannot open another partner's
// edit pages and never sees another partner's internal contact data. A member of a working
// group reads the minutes of its meeting; a visitor (and a non-member) cannot.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { APIRequestContext, Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { baseUrl, login, url } from './support/app.ts';
import { desktopContext, launchBrowser, phoneContext } from './support/browser.ts';
import { waitForMail } from './support/mail.ts';
import { expectPublicPageBasics } from './support/page-checks.ts';

let browser: Browser;
/** The coordinator, signed in for the whole file */
let coordinator: BrowserContext;
/** The new partner's contact person, once they have joined */
let contact: BrowserContext;

const token = crypto.randomBytes(4).toString('hex');
const applicant = {
	organisation: `Familienwerkstatt Lindenhof ${token}`,
	contactName: `Mira Lindner ${token}`,
	email: `bewerbung-${token}@example.org`,
	contribution: 'Offene Bastelnachmittage für Familien und eine Reparaturecke für Kinderfahrräder.'
};
const password = 'ein-langer-satz-fuer-die-werkstatt';
/** Filled in as the journey goes */
const created = { partnerId: '', slug: '' };

/** Another partner of the demo, with a contact of its own (partner@musterstadt.example). */
const OTHER = 'Familienzentrum Am Hafen';

beforeAll(async () => {
	browser = await launchBrowser();
	coordinator = await desktopContext(browser, { javaScriptEnabled: false });
	await login(await coordinator.newPage(), 'coordinator');
});
afterAll(async () => {
	await browser?.close();
});

async function submit(page: Page, button: Locator): Promise<void> {
	await Promise.all([page.waitForLoadState('domcontentloaded'), button.click()]);
}

async function status(page: Page): Promise<string> {
	return (await page.locator('main [role=status]').first().innerText()).trim();
}

async function noSideways(page: Page): Promise<void> {
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow, `${page.url()} scrolls sideways`).toBeLessThanOrEqual(0);
}

function linkIn(text: string, path: string): string {
	const match = new RegExp(`https?://\\S+${path}\\S*`).exec(text);
	if (!match) throw new Error(`no ${path} link in mail:\n${text}`);
	return match[0];
}

/** The public profile as an anonymous visitor sees it (fresh browser, no cookies). */
async function publicProfileText(slug: string): Promise<string> {
	const visitor = await phoneContext(browser, { javaScriptEnabled: false });
	try {
		const page = await visitor.newPage();
		const response = await page.goto(url(`/partner/${slug}`));
		expect(response?.status()).toBe(200);
		return await page.locator('main').innerText();
	} finally {
		await visitor.close();
	}
}

/** The coordinators' setting "changes need approval", saved through /admin/partner. */
async function setApproval(on: boolean): Promise<void> {
	const page = await coordinator.newPage();
	await page.goto(url('/admin/partner'));
	const box = page.locator('#f-approval');
	await box.setChecked(on);
	await submit(page, page.locator('form[action="?/settings"] button[type=submit]'));
	expect(await status(page)).toBe('Die Einstellung ist gespeichert.');
	expect(await page.locator('#f-approval').isChecked()).toBe(on);
	await page.close();
}

async function approvalSetting(): Promise<boolean> {
	const page = await coordinator.newPage();
	await page.goto(url('/admin/partner'));
	const on = await page.locator('#f-approval').isChecked();
	await page.close();
	return on;
}

/** The contact saves a new public description on their partner's edit page. */
async function editDescription(text: string): Promise<string> {
	const page = await contact.newPage();
	await page.goto(url('/intern'));
	await submit(page, page.getByRole('link', { name: 'Profil bearbeiten' }));
	expect(new URL(page.url()).pathname).toBe(`/intern/partner/${created.partnerId}`);
	await noSideways(page);
	await page.getByLabel('Beschreibung', { exact: true }).fill(text);
	await submit(page, page.locator('main form button[type=submit]').last());
	const message = await status(page);
	await page.close();
	return message;
}

describe('partners', () => {
	test('an organisation applies on a phone without JavaScript and receives the confirmation', async () => {
		const context = await phoneContext(browser, { javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(url('/mitmachen'));
		await submit(page, page.locator('main').getByRole('link', { name: 'Jetzt bewerben' }));
		expect(new URL(page.url()).pathname).toBe('/mitmachen/partner-werden');
		await expectPublicPageBasics(page);
		await noSideways(page);

		await page.getByLabel(/Name Ihrer Organisation/).fill(applicant.organisation);
		await page.getByLabel('Art der Organisation').selectOption({ label: 'Verein' });
		await page.getByLabel('Ansprechperson').fill(applicant.contactName);
		await page.getByLabel('E-Mail-Adresse').fill(applicant.email);
		await page.getByLabel('Stadtteil').fill('Lindenhof');
		await page
			.getByLabel('Was möchten Sie in das Bündnis einbringen?')
			.fill(applicant.contribution);

		// Without the two consents nothing is sent, and nothing typed is lost.
		await submit(page, page.getByRole('button', { name: 'Bewerbung absenden' }));
		expect(await page.locator('#f-consentPrinciples-error').innerText()).toBe(
			'Bitte stimmen Sie den Grundsätzen des Bündnisses zu.'
		);
		expect(await page.locator('#f-consentPrivacy-error').innerText()).toBe(
			'Bitte stimmen Sie der Speicherung Ihrer Angaben zu.'
		);
		expect(await page.getByLabel(/Name Ihrer Organisation/).inputValue()).toBe(
			applicant.organisation
		);
		expect(await page.getByLabel('Was möchten Sie in das Bündnis einbringen?').inputValue()).toBe(
			applicant.contribution
		);

		await page.locator('#f-consentPrinciples').check();
		await page.locator('#f-consentPrivacy').check();
		await submit(page, page.getByRole('button', { name: 'Bewerbung absenden' }));
		expect(await status(page)).toContain('Vielen Dank! Ihre Bewerbung ist angekommen.');
		await noSideways(page);
		await context.close();

		const mail = await waitForMail(applicant.email, /Ihre Bewerbung als Bündnispartner/);
		expect(mail.text).toContain(`Guten Tag ${applicant.contactName}`);
		expect(mail.text).toContain(`„${applicant.organisation}“ ist bei uns angekommen`);
	});

	test('the coordinator accepts; the contact joins from the invitation mail and lands in /intern', async () => {
		const page = await coordinator.newPage();
		await page.goto(url('/admin/partner/antraege'));
		await submit(
			page,
			page.locator('main').getByRole('link', { name: applicant.organisation, exact: true })
		);
		expect(await page.locator('h1').innerText()).toBe(applicant.organisation);
		expect(await page.locator('main').innerText()).toContain(applicant.contribution);
		await submit(page, page.getByRole('button', { name: 'Annehmen und Ansprechperson einladen' }));
		expect(await status(page)).toBe(
			'Angenommen: Der Partner ist angelegt, die Ansprechperson eingeladen.'
		);
		await submit(page, page.getByRole('link', { name: 'Zum Partner' }));
		created.partnerId =
			/\/admin\/partner\/([^/?#]+)$/.exec(new URL(page.url()).pathname)?.[1] ?? '';
		expect(created.partnerId).not.toBe('');
		const publicLink = page
			.locator('main')
			.getByRole('link', { name: 'Öffentliche Seite ansehen' });
		created.slug = (await publicLink.getAttribute('href'))?.replace(/^\/partner\//, '') ?? '';
		expect(created.slug).toMatch(/^familienwerkstatt-lindenhof/);
		expect(await page.locator('main').innerText()).toContain(
			`Eingeladen, noch nicht angemeldet: ${applicant.email}`
		);
		await page.close();

		// The new partner is in the public directory at once.
		expect(await publicProfileText(created.slug)).toContain(applicant.organisation);

		const mail = await waitForMail(applicant.email, /^Einladung/);
		const link = linkIn(mail.text, '/einladung/');
		contact = await phoneContext(browser, { javaScriptEnabled: false });
		const p = await contact.newPage();
		await p.goto(link);
		expect(await p.locator('main').innerText()).toContain(
			'als Ansprechperson eines Bündnispartners'
		);
		await p.getByLabel('Ihr Name').fill(applicant.contactName);
		await p.locator('input[name=password]').fill(password);
		await p.getByLabel('Passwort wiederholen').fill(password);
		await Promise.all([
			p.waitForURL((u) => u.pathname === '/intern', { waitUntil: 'domcontentloaded' }),
			p.getByRole('button', { name: /Zugang anlegen/ }).click()
		]);
		expect(await p.locator('h1').innerText()).toBe('Interner Bereich');
		expect(await p.locator('main').innerText()).toContain(`Willkommen, ${applicant.contactName}!`);
		const card = p.locator('main .card', { hasText: applicant.organisation });
		expect(await card.getByRole('link', { name: 'Profil bearbeiten' }).getAttribute('href')).toBe(
			`/intern/partner/${created.partnerId}`
		);
		await noSideways(p);
		await p.close();
	});

	test('the contact edits the public description: public at once, or after approval when required', async () => {
		const before = await approvalSetting();
		try {
			// Without approval: the change is public at once.
			await setApproval(false);
			const first = `Bei uns wird gewerkelt: jeden Mittwoch offene Werkstatt ${token}.`;
			expect(await editDescription(first)).toBe('Gespeichert – Ihre Änderungen sind öffentlich.');
			expect(await publicProfileText(created.slug)).toContain(first);

			// With approval: the change waits, the public page keeps the old text …
			await setApproval(true);
			const second = `Neu: Fahrradwerkstatt für Kinder am Samstag ${token}.`;
			expect(await editDescription(second)).toBe(
				'Vielen Dank! Ihre Änderungen sind gespeichert und werden sichtbar, sobald das Koordinierungsteam sie freigegeben hat.'
			);
			let visible = await publicProfileText(created.slug);
			expect(visible).toContain(first);
			expect(visible).not.toContain(second);
			const own = await contact.newPage();
			await own.goto(url(`/intern/partner/${created.partnerId}`));
			expect(await own.locator('main').innerText()).toMatch(
				/wartet noch auf die Freigabe durch das Koordinierungsteam/
			);
			await own.close();

			// … until a coordinator approves it.
			const page = await coordinator.newPage();
			await page.goto(url(`/admin/partner/${created.partnerId}`));
			const proposal = page.locator('section[aria-labelledby=pending]');
			expect(await proposal.innerText()).toContain(second);
			await submit(page, proposal.getByRole('button', { name: 'Änderung übernehmen' }));
			expect(await status(page)).toBe('Die Änderung ist übernommen und öffentlich.');
			expect(await page.locator('section[aria-labelledby=pending]').count()).toBe(0);
			await page.close();
			visible = await publicProfileText(created.slug);
			expect(visible).toContain(second);
			expect(visible).not.toContain(first);
		} finally {
			await setApproval(before);
		}
	});

	test('the contact cannot open another partner’s edit pages nor see its internal contact data', async () => {
		// What only the coordinators (and the other partner's own contacts) may see.
		const page = await coordinator.newPage();
		await page.goto(url('/admin/partner'));
		await submit(page, page.locator('main table').getByRole('link', { name: OTHER, exact: true }));
		const otherId = /\/admin\/partner\/([^/?#]+)$/.exec(new URL(page.url()).pathname)?.[1] ?? '';
		expect(otherId).not.toBe('');
		const otherSlug =
			(
				await page
					.locator('main')
					.getByRole('link', { name: 'Öffentliche Seite ansehen' })
					.getAttribute('href')
			)?.replace(/^\/partner\//, '') ?? '';
		const secrets = {
			email: await page.locator('input[name=internalEmail]').inputValue(),
			phone: await page.locator('input[name=internalPhone]').inputValue(),
			notes: await page.locator('textarea[name=internalNotes]').inputValue()
		};
		await page.close();
		expect(secrets.email).toMatch(/@/);
		expect(secrets.phone.length).toBeGreaterThan(5);
		expect(secrets.notes.length).toBeGreaterThan(10);
		const leaks = (body: string) =>
			[secrets.email, secrets.phone, secrets.notes].filter((s) => body.includes(s));

		const request: APIRequestContext = contact.request;
		const origin = baseUrl();
		// The other partner's edit and colleague pages, and the coordinators' edit page.
		for (const path of [
			`/intern/partner/${otherId}`,
			`/intern/partner/${otherId}/kollegen`,
			`/admin/partner/${otherId}`
		]) {
			const response = await request.get(url(path), { maxRedirects: 0 });
			const body = await response.text();
			const where = `${path} → ${response.status()} ${response.headers()['location'] ?? ''}`;
			if (path.startsWith('/admin/')) {
				// The admin area sends partner contacts to their own area, or refuses them.
				expect(
					[403, 404].includes(response.status()) ||
						(response.status() === 303 && response.headers()['location'] === '/intern'),
					where
				).toBe(true);
			} else {
				expect([403, 404], where).toContain(response.status());
			}
			expect(leaks(body), where).toEqual([]);
		}
		// The same in the browser: a 404 page, no form, nothing of the other partner.
		const p = await contact.newPage();
		const shown = await p.goto(url(`/intern/partner/${otherId}`));
		expect([403, 404]).toContain(shown?.status());
		expect(await p.locator('main form input[name=internalEmail]').count()).toBe(0);
		expect(leaks(await p.content())).toEqual([]);
		await p.close();

		// Posting the edit form for the other partner changes nothing.
		const forged = `Übernommen von fremder Hand ${token}`;
		const post = await request.post(url(`/intern/partner/${otherId}`), {
			headers: { origin, accept: 'text/html' },
			multipart: { name: 'Gekapert', kind: 'association', description: forged },
			maxRedirects: 0
		});
		expect([403, 404]).toContain(post.status());
		const invite = await request.post(url(`/intern/partner/${otherId}/kollegen`), {
			headers: { origin, accept: 'text/html' },
			form: { email: `fremd-${token}@example.org` },
			maxRedirects: 0
		});
		expect([403, 404]).toContain(invite.status());
		const otherPublic = await publicProfileText(otherSlug);
		expect(otherPublic).toContain(OTHER);
		expect(otherPublic).not.toContain(forged);
		expect(otherPublic).not.toContain('Gekapert');

		// Every page the contact can reach from the internal area, the directory and the
		// network's public pages: the other partner's internal data is on none of them.
		const start = [
			'/intern',
			'/partner',
			`/partner/${otherSlug}`,
			`/intern/partner/${created.partnerId}`,
			`/intern/partner/${created.partnerId}/kollegen`
		];
		const inScope = (path: string) =>
			/^\/(intern|partner|arbeitsgruppen|projekte|themen|koordinierungsteam)(\/|$)/.test(path) &&
			!/\/(ics|csv)$/.test(path);
		const seen = new Set<string>();
		const queue = [...start];
		let pages = 0;
		while (queue.length && seen.size < 150) {
			const path = queue.shift()!;
			if (seen.has(path)) continue;
			seen.add(path);
			const response = await request.get(url(path), { maxRedirects: 0 });
			const body = await response.text();
			expect(leaks(body), `${path} (${response.status()})`).toEqual([]);
			if (response.status() !== 200) continue;
			pages++;
			for (const match of body.matchAll(/href="(\/[^"#]*)"/g)) {
				const target = (match[1] ?? '').replace(/&amp;/g, '&');
				if (inScope(target.split('?')[0] ?? '') && !seen.has(target)) queue.push(target);
			}
		}
		expect(pages, [...seen].join('\n')).toBeGreaterThan(20);
		expect(seen).toContain('/intern/verzeichnis');
		expect(seen).toContain('/intern/bibliothek');
	});
});

describe('working-group minutes', () => {
	const minutes = 'Der Pflegetag hatte rund 90 Besucherinnen und Besucher.';
	let minutesUrl = '';

	test('a member of the working group opens the minutes of its meeting', async () => {
		const member = await phoneContext(browser, { javaScriptEnabled: false });
		const page = await member.newPage();
		await login(page, 'partner');
		await page.goto(url('/intern/treffen'));
		await submit(
			page,
			page.locator('main').getByRole('link', { name: 'Familie und Pflege: Rückblick Pflegetag' })
		);
		minutesUrl = page.url();
		expect(new URL(minutesUrl).pathname).toMatch(/^\/intern\/treffen\/[^/]+$/);
		expect(await page.locator('h1').innerText()).toBe('Rückblick Pflegetag');
		expect(await page.locator('main').innerText()).toContain(minutes);
		await noSideways(page);
		await member.close();
	});

	test('a visitor opening the same address does not see them', async () => {
		expect(minutesUrl).not.toBe('');
		const answer = await fetch(minutesUrl, { redirect: 'manual' });
		const body = await answer.text();
		expect(
			[401, 403, 404].includes(answer.status) ||
				(answer.status >= 300 &&
					answer.status < 400 &&
					/^\/anmelden\b/.test(answer.headers.get('location') ?? '')),
			`${answer.status} ${answer.headers.get('location') ?? ''}`
		).toBe(true);
		expect(body).not.toContain(minutes);

		const visitor = await phoneContext(browser, { javaScriptEnabled: false });
		const page = await visitor.newPage();
		await page.goto(minutesUrl);
		expect(new URL(page.url()).pathname).toBe('/anmelden');
		expect(await page.content()).not.toContain(minutes);
		// The group's public page describes it, without its minutes.
		await page.goto(url('/arbeitsgruppen'));
		await submit(
			page,
			page.locator('main').getByRole('link', { name: 'Familie und Pflege' }).first()
		);
		expect(await page.locator('h1').innerText()).toBe('Familie und Pflege');
		expect(await page.content()).not.toContain(minutes);
		await visitor.close();
	});

	test('a signed-in partner contact outside the group does not see them either', async () => {
		expect(minutesUrl).not.toBe('');
		const response = await contact.request.get(minutesUrl, { maxRedirects: 0 });
		expect([403, 404]).toContain(response.status());
		expect(await response.text()).not.toContain(minutes);
		await contact.close();
	});
});
