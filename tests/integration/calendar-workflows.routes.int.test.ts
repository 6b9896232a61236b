import { isHttpError, isRedirect } from '@sveltejs/kit';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getAlliance } from '../../src/lib/server/alliances/alliance.service.ts';
import type { Alliance } from '../../src/lib/server/alliances/alliance.types.ts';
import type { Viewer } from '../../src/lib/server/auth/viewer.ts';
import type { App } from '../../src/lib/server/app.ts';
import { getEvent } from '../../src/lib/server/events/core/event.service.ts';
import { createEvent } from '../../src/lib/server/events/core/create-event.service.ts';
import { SYSTEM_ACTOR } from '../../src/lib/server/events/core/event.types.ts';
import { enableRegistration } from '../../src/lib/server/events/registration/registration-admin.service.ts';
import { linkIn, makeAlliance, makePerson } from '../factories/accounts.ts';
import {
	berlin,
	berlinDay,
	eventInput,
	linkPartnerContact,
	makePartner
} from '../factories/events.ts';
import {
	outcome,
	requestEvent,
	startAppForRoutes,
	type RouteLocals
} from '../support/app-for-routes.ts';
import type { TestSmtp } from '../support/smtp.ts';
import type { TestContext } from '../support/context.ts';
import * as internNew from '../../src/routes/intern/termine/neu/+page.server.ts';
import * as internEdit from '../../src/routes/intern/termine/[id]/+page.server.ts';
import * as moderation from '../../src/routes/admin/termine/moderation/+page.server.ts';
import * as melden from '../../src/routes/termine/melden/+page.server.ts';
import * as bestaetigen from '../../src/routes/termine/melden/bestaetigen/[token]/+page.server.ts';
import * as anmeldung from '../../src/routes/termine/[slug]/anmeldung/+page.server.ts';
import * as internCsv from '../../src/routes/intern/termine/anmeldungen/[id]/csv/+server.ts';
import * as adminCsv from '../../src/routes/admin/termine/anmeldungen/[id]/csv/+server.ts';
import * as adminImport from '../../src/routes/admin/termine/import/+page.server.ts';
import * as internImport from '../../src/routes/intern/termine/import/+page.server.ts';
import * as internImportFeed from '../../src/routes/intern/termine/import/[id]/+page.server.ts';
import * as widget from '../../src/routes/widget/termine/+server.ts';
import * as internWidget from '../../src/routes/intern/termine/widget/+page.server.ts';
import { securityHeaders } from '../../src/lib/server/http/security-headers.ts';

/*
 * The calendar's workflows through their routes: the named permission checks of every load,
 * action and endpoint, form parsing and answers — on the real app and database.
 */

let app: App;
let smtp: TestSmtp;
let close: () => Promise<void>;
let alliance: Alliance;
let contact: Viewer;
let otherContact: Viewer;
let coordinator: Viewer;
let partnerId: string;
let otherPartnerId: string;
const base = 'http://localhost:5999';

const locals = (viewer: Viewer | null): RouteLocals => ({
	alliance,
	prefix: '',
	locale: 'de',
	viewer
});

function eventForm(overrides: Record<string, string | string[]> = {}) {
	return {
		title: 'Familien-Yoga',
		summary: 'Bewegung für Groß und Klein',
		description: '<p>Bitte Matten mitbringen.</p>',
		startDate: berlinDay(3),
		startTime: '16:00',
		endTime: '17:00',
		repeat: 'none',
		placeName: 'Familienzentrum Am Hafen',
		organiser: partnerId,
		targetGroups: ['3-6', 'parents'],
		costKind: 'free',
		languages: ['de'],
		...overrides
	};
}

function expectStatus(result: { thrown?: unknown }, status: number) {
	if (status >= 300 && status < 400) {
		expect(isRedirect(result.thrown), String(result.thrown)).toBe(true);
		expect((result.thrown as { status: number }).status).toBe(status);
	} else {
		expect(isHttpError(result.thrown, status), JSON.stringify(result.thrown)).toBe(true);
	}
}

beforeAll(async () => {
	({ app, smtp, close } = await startAppForRoutes());
	const ctx = { ...app, smtp } as unknown as TestContext;
	const created = await makeAlliance(ctx);
	alliance = (await getAlliance(app, created.id))!;
	const person = async (role: 'coordinator' | 'partner', name: string): Promise<Viewer> => {
		const p = await makePerson(ctx, { alliance, role, name });
		return { userId: p.userId, name: p.name, email: p.email, platformAdmin: false, role };
	};
	coordinator = await person('coordinator', 'Petra Sommer');
	contact = await person('partner', 'Aylin Demir');
	otherContact = await person('partner', 'Tom Berger');
	partnerId = (await makePartner(ctx, alliance.id, 'Familienzentrum Am Hafen')).id;
	otherPartnerId = (await makePartner(ctx, alliance.id, 'Sportverein')).id;
	await linkPartnerContact(ctx, alliance.id, partnerId, contact.userId);
	await linkPartnerContact(ctx, alliance.id, otherPartnerId, otherContact.userId);
});
afterAll(async () => close());
beforeEach(() => smtp.clear());

describe('partner events through the internal area', () => {
	it('a partner contact submits; the event waits; coordinators approve through the queue', async () => {
		const created = await outcome(() =>
			internNew.actions.default!(
				requestEvent({
					url: `${base}/intern/termine/neu`,
					locals: locals(contact),
					form: { ...eventForm(), intent: 'submit' }
				}) as never
			)
		);
		expectStatus(created, 303);
		const location = (created.thrown as { location: string }).location;
		expect(location).toMatch(/^\/intern\/termine\/[0-9a-f-]+\?ergebnis=submitted$/);
		const id = location.split('/').pop()!.split('?')[0]!;
		expect((await getEvent(app, alliance.id, id))?.status).toBe('submitted');
		await smtp.waitFor(coordinator.email, /Familien-Yoga/);

		// The partner contact cannot approve it themselves.
		const selfApprove = await outcome(() =>
			moderation.actions.approve!(
				requestEvent({
					url: `${base}/admin/termine/moderation?/approve`,
					locals: locals(contact),
					form: { id }
				}) as never
			)
		);
		expectStatus(selfApprove, 403);
		// Not even by sending "submit" again: it stays waiting.
		const again = await outcome(() =>
			internEdit.actions.save!(
				requestEvent({
					url: `${base}/intern/termine/${id}?/save`,
					params: { id },
					locals: locals(contact),
					form: { ...eventForm(), intent: 'submit' }
				}) as never
			)
		);
		expectStatus(again, 303);
		expect((await getEvent(app, alliance.id, id))?.status).toBe('submitted');

		// The coordinator sees it and approves.
		const queue = (await moderation.load(
			requestEvent({
				url: `${base}/admin/termine/moderation`,
				locals: locals(coordinator)
			}) as never
		)) as { queue: { id: string }[] };
		expect(queue.queue.map((q) => q.id)).toContain(id);
		const approved = await outcome(() =>
			moderation.actions.approve!(
				requestEvent({
					url: `${base}/admin/termine/moderation?/approve`,
					locals: locals(coordinator),
					form: { id }
				}) as never
			)
		);
		expect(approved.value).toEqual({ ok: true, success: 'moderation.approved' });
		expect((await getEvent(app, alliance.id, id))?.status).toBe('published');
		await smtp.waitFor(contact.email, /veröffentlicht/);
	});

	it("another partner's contact gets a 404 on every page and action of the event", async () => {
		const event = await createEvent(
			app,
			SYSTEM_ACTOR,
			alliance.id,
			eventInput({ title: 'Hafenfest', organiserPartnerId: partnerId }),
			{ status: 'published' }
		);
		const id = event.id;
		expectStatus(
			await outcome(() =>
				internEdit.load(
					requestEvent({
						url: `${base}/intern/termine/${id}`,
						params: { id },
						locals: locals(otherContact)
					}) as never
				)
			),
			404
		);
		for (const action of ['save', 'cancel', 'delete'] as const) {
			const result = await outcome(() =>
				internEdit.actions[action]!(
					requestEvent({
						url: `${base}/intern/termine/${id}?/${action}`,
						params: { id },
						locals: locals(otherContact),
						form: { ...eventForm({ organiser: otherPartnerId }), note: 'x' }
					}) as never
				)
			);
			expectStatus(result, 404);
		}
		expect((await getEvent(app, alliance.id, id))?.title).toBe('Hafenfest');
		// Creating an event for a partner one does not speak for.
		expectStatus(
			await outcome(() =>
				internNew.actions.default!(
					requestEvent({
						url: `${base}/intern/termine/neu`,
						locals: locals(otherContact),
						form: { ...eventForm({ organiser: partnerId }), intent: 'save' }
					}) as never
				)
			),
			404
		);
		// Signed out: to the login page.
		expectStatus(
			await outcome(() =>
				internEdit.load(
					requestEvent({
						url: `${base}/intern/termine/${id}`,
						params: { id },
						locals: locals(null)
					}) as never
				)
			),
			303
		);
	});

	it('a time that does not exist in Berlin is saved as 03:30 and the partner is told so', async () => {
		// 2027-03-28: summer time begins, 02:00 becomes 03:00 (RFC 5545 reads 02:30 as 03:30).
		const created = await outcome(() =>
			internNew.actions.default!(
				requestEvent({
					url: `${base}/intern/termine/neu`,
					locals: locals(contact),
					form: {
						...eventForm({ startDate: '2027-03-28', startTime: '02:30', endTime: '04:00' }),
						intent: 'save'
					}
				}) as never
			)
		);
		expectStatus(created, 303);
		const location = (created.thrown as { location: string }).location;
		expect(location).toContain('warn=events.warning.timeGap');
		const id = location.split('/').pop()!.split('?')[0]!;
		const page = await outcome(() =>
			internEdit.load(
				requestEvent({
					url: `${base}${location}`,
					locals: locals(contact),
					params: { id }
				}) as never
			)
		);
		expect((page.value as { warning: string | null }).warning).toBe('events.warning.timeGap');
		// Saved again unchanged: the note again.
		const saved = await outcome(() =>
			internEdit.actions.save!(
				requestEvent({
					url: `${base}/intern/termine/${id}?/save`,
					locals: locals(contact),
					params: { id },
					form: {
						...eventForm({ startDate: '2027-03-28', startTime: '02:30', endTime: '04:00' }),
						intent: 'save'
					}
				}) as never
			)
		);
		expectStatus(saved, 303);
		expect((saved.thrown as { location: string }).location).toContain(
			'warn=events.warning.timeGap'
		);
		// Any other key in the address is not shown.
		const forged = await outcome(() =>
			internEdit.load(
				requestEvent({
					url: `${base}/intern/termine/${id}?warn=error.server`,
					locals: locals(contact),
					params: { id }
				}) as never
			)
		);
		expect((forged.value as { warning: string | null }).warning).toBeNull();
	});

	it('a bad form comes back with field errors and what was typed', async () => {
		const result = await outcome(() =>
			internNew.actions.default!(
				requestEvent({
					url: `${base}/intern/termine/neu`,
					locals: locals(contact),
					form: {
						...eventForm({
							title: '',
							startDate: berlinDay(4),
							startTime: '18:00',
							endTime: '17:00',
							placeName: '<script>x</script>Halle'
						}),
						intent: 'save'
					}
				}) as never
			)
		);
		const failure = result.value as {
			status: number;
			data: { errors: Record<string, { key: string }>; values: Record<string, string> };
		};
		expect(failure.status).toBe(400);
		expect(failure.data.errors.title?.key).toBe('error.required');
		expect(failure.data.values.placeName).toBe('<script>x</script>Halle');
	});
});

describe('public routes', () => {
	it('"Termin melden": the form mails a link, the link page confirms, the queue has it', async () => {
		const sent = await outcome(() =>
			melden.actions.default!(
				requestEvent({
					url: `${base}/termine/melden`,
					locals: locals(null),
					form: {
						...eventForm({ organiser: '', title: 'Lesung im Park' }),
						organiserName: 'Leseclub Süd',
						submitterName: 'Maria Schneider',
						submitterEmail: 'maria@example.org',
						consent: 'on',
						fax: ''
					}
				}) as never
			)
		);
		expect(sent.value).toEqual({ ok: true, success: 'submission.sent' });
		const mail = await smtp.waitFor('maria@example.org', /Bitte bestätigen/);
		const token = linkIn(mail.text, `${base}/termine/melden/bestaetigen/`).split('/').pop()!;
		const page = await bestaetigen.load(
			requestEvent({
				url: `${base}/termine/melden/bestaetigen/${token}`,
				params: { token },
				locals: locals(null)
			}) as never
		);
		expect(page).toMatchObject({ submission: { state: 'pending', title: 'Lesung im Park' } });
		const confirmed = await outcome(() =>
			bestaetigen.actions.default!(
				requestEvent({
					url: `${base}/termine/melden/bestaetigen/${token}`,
					params: { token },
					locals: locals(null),
					form: {}
				}) as never
			)
		);
		expect(confirmed.value).toEqual({ ok: true, success: 'submission.confirm.done' });
		await smtp.waitFor(coordinator.email, /Lesung im Park/);

		// Without consent: a field error, nothing stored.
		const refused = await outcome(() =>
			melden.actions.default!(
				requestEvent({
					url: `${base}/termine/melden`,
					locals: locals(null),
					form: {
						...eventForm({ organiser: '' }),
						organiserName: 'X',
						submitterName: 'Y',
						submitterEmail: 'y@example.org'
					}
				}) as never
			)
		);
		expect(
			(refused.value as { data: { errors: Record<string, { key: string }> } }).data.errors.consent
				?.key
		).toBe('submission.error.consent');
	});

	it('registration: the public form registers; only the organiser gets the CSV', async () => {
		const event = await createEvent(
			app,
			SYSTEM_ACTOR,
			alliance.id,
			eventInput({
				title: 'Adventssingen',
				organiserPartnerId: partnerId,
				start: berlin(berlinDay(14), '16:00'),
				end: berlin(berlinDay(14), '17:00')
			}),
			{ status: 'published' }
		);
		await enableRegistration(app, alliance.id, event.id, { capacity: 30, waitlist: true });
		const loaded = requestEvent({
			url: `${base}/termine/${event.slug}/anmeldung`,
			params: { slug: event.slug },
			locals: locals(null)
		});
		const page = (await anmeldung.load(loaded as never)) as {
			state: { open: boolean; free: number };
		};
		expect(page.state).toMatchObject({ open: true, free: 30 });
		expect(loaded.headers['cache-control']).toBe('no-store');
		const result = await outcome(() =>
			anmeldung.actions.default!(
				requestEvent({
					url: `${base}/termine/${event.slug}/anmeldung`,
					params: { slug: event.slug },
					locals: locals(null),
					form: {
						name: 'Jana Kowalski',
						email: 'jana@example.org',
						adults: '1',
						children: '2',
						consent: 'on'
					}
				}) as never
			)
		);
		expect(result.value).toMatchObject({ ok: true, success: 'registration.done.confirmed' });
		await smtp.waitFor('jana@example.org', /Adventssingen/);

		const csv = (await internCsv.GET(
			requestEvent({
				url: `${base}/intern/termine/anmeldungen/${event.id}/csv`,
				params: { id: event.id },
				locals: locals(contact)
			}) as never
		)) as Response;
		expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		const bytes = Buffer.from(await csv.arrayBuffer());
		// UTF-8 BOM, so that Excel reads the umlauts (Response.text() would hide it)
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const body = bytes.toString('utf8');
		expect(body).toContain('Jana Kowalski;jana@example.org;1;2');
		expectStatus(
			await outcome(() =>
				internCsv.GET(
					requestEvent({
						url: `${base}/intern/termine/anmeldungen/${event.id}/csv`,
						params: { id: event.id },
						locals: locals(otherContact)
					}) as never
				)
			),
			404
		);
		// Partner contacts never reach the admin area's export.
		expectStatus(
			await outcome(() =>
				adminCsv.GET(
					requestEvent({
						url: `${base}/admin/termine/anmeldungen/${event.id}/csv`,
						params: { id: event.id },
						locals: locals(contact)
					}) as never
				)
			),
			403
		);
	});
});

describe('import routes', () => {
	it('partner contacts manage only their own subscriptions; internal addresses are refused', async () => {
		const created = await outcome(() =>
			internImport.actions.create!(
				requestEvent({
					url: `${base}/intern/termine/import?/create`,
					locals: locals(contact),
					form: {
						name: 'Unser Kalender',
						url: 'https://kalender.example.org/hafen.ics',
						partnerId,
						intervalMinutes: '60'
					}
				}) as never
			)
		);
		expect(created.value).toEqual({ ok: true, success: 'import.created' });
		const refused = await outcome(() =>
			internImport.actions.create!(
				requestEvent({
					url: `${base}/intern/termine/import?/create`,
					locals: locals(contact),
					form: { name: 'Router', url: 'http://192.168.178.1/cal.ics', partnerId }
				}) as never
			)
		);
		const failure = refused.value as {
			status: number;
			data: { errors: Record<string, { key: string }> };
		};
		expect(failure.status).toBe(400);
		expect(failure.data.errors.url?.key).toBe('import.error.blockedAddress');

		const mine = (await internImport.load(
			requestEvent({ url: `${base}/intern/termine/import`, locals: locals(contact) }) as never
		)) as { feeds: { id: string }[] };
		expect(mine.feeds).toHaveLength(1);
		const feedId = mine.feeds[0]!.id;
		const theirs = (await internImport.load(
			requestEvent({ url: `${base}/intern/termine/import`, locals: locals(otherContact) }) as never
		)) as { feeds: unknown[] };
		expect(theirs.feeds).toEqual([]);
		expectStatus(
			await outcome(() =>
				internImportFeed.load(
					requestEvent({
						url: `${base}/intern/termine/import/${feedId}`,
						params: { id: feedId },
						locals: locals(otherContact)
					}) as never
				)
			),
			404
		);
		expectStatus(
			await outcome(() =>
				internImportFeed.actions.delete!(
					requestEvent({
						url: `${base}/intern/termine/import/${feedId}?/delete`,
						params: { id: feedId },
						locals: locals(otherContact),
						form: {}
					}) as never
				)
			),
			404
		);
		// The admin area's import page is not for partner contacts.
		expectStatus(
			await outcome(() =>
				adminImport.load(
					requestEvent({ url: `${base}/admin/termine/import`, locals: locals(contact) }) as never
				)
			),
			403
		);
		const all = (await adminImport.load(
			requestEvent({ url: `${base}/admin/termine/import`, locals: locals(coordinator) }) as never
		)) as { feeds: { id: string }[] };
		expect(all.feeds.map((f) => f.id)).toContain(feedId);
	});
});

describe('the embeddable widget', () => {
	it('may be framed by any site, runs no script, and shows the filtered events', async () => {
		const partner = await app.db
			.selectFrom('partner')
			.select('slug')
			.where('id', '=', partnerId)
			.executeTakeFirstOrThrow();
		await createEvent(
			app,
			SYSTEM_ACTOR,
			alliance.id,
			eventInput({
				title: 'Laternenbasteln <b>für alle</b>',
				organiserPartnerId: partnerId,
				start: berlin(berlinDay(2), '15:00'),
				end: berlin(berlinDay(2), '17:00')
			}),
			{ status: 'published' }
		);
		await createEvent(
			app,
			SYSTEM_ACTOR,
			alliance.id,
			eventInput({
				title: 'Fremder Termin',
				organiserPartnerId: otherPartnerId,
				start: berlin(berlinDay(2), '15:00'),
				end: berlin(berlinDay(2), '17:00')
			}),
			{ status: 'published' }
		);
		const url = `${base}/widget/termine?partner=${partner.slug}&anzahl=3`;
		const response = (await widget.GET(
			requestEvent({ url, locals: locals(null) }) as never
		)) as Response;
		securityHeaders(response.headers, new URL(url), undefined);
		const csp = response.headers.get('content-security-policy') ?? '';
		expect(csp).toContain('frame-ancestors *');
		expect(csp).toContain("script-src 'none'");
		expect(response.headers.get('x-frame-options')).toBeNull();
		const html = await response.text();
		expect(html).not.toMatch(/<script/i);
		expect(html).toContain('Laternenbasteln für alle');
		expect(html).not.toContain('Fremder Termin');
		expect(html).toContain('target="_blank" rel="noopener"');
		expect(html).toContain(`--brand:${alliance.colors.primary}`);

		// With automatic height: one same-origin script, nothing else.
		const sized = (await widget.GET(
			requestEvent({ url: `${url}&groesse=auto`, locals: locals(null) }) as never
		)) as Response;
		expect(sized.headers.get('content-security-policy')).toContain("script-src 'self'");
		expect((await sized.text()).match(/<script[^>]*>/g)).toEqual([
			'<script src="/widget-frame.js" defer>'
		]);

		// Every other page keeps refusing to be framed elsewhere.
		const page = new Headers({
			'content-type': 'text/html',
			'content-security-policy': "frame-ancestors 'self'"
		});
		securityHeaders(page, new URL(`${base}/termine`), undefined);
		expect(page.get('x-frame-options')).toBe('SAMEORIGIN');
	});

	it('offers partner contacts the code for their own partner only', async () => {
		const other = await app.db
			.selectFrom('partner')
			.select('slug')
			.where('id', '=', otherPartnerId)
			.executeTakeFirstOrThrow();
		const data = (await internWidget.load(
			requestEvent({
				url: `${base}/intern/termine/widget?partner=${other.slug}&groesse=auto`,
				locals: locals(contact)
			}) as never
		)) as { partners: { value: string }[]; chosen: { partner: string }; snippet: { code: string } };
		expect(data.partners).toHaveLength(1);
		expect(data.chosen.partner).not.toBe(other.slug);
		expect(data.snippet.code).toContain('data-buendnis-widget');
		expect(data.snippet.code).toContain(`${base}/widget.js`);
		expect(data.snippet.code).toContain('groesse=auto');
	});
});
