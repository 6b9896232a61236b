import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAlliance, getAlliance } from '../../src/lib/server/alliances/alliance.service.ts';
import type { Alliance } from '../../src/lib/server/alliances/alliance.types.ts';
import type { App } from '../../src/lib/server/app.ts';
import { createEvent } from '../../src/lib/server/events/core/create-event.service.ts';
import { SYSTEM_ACTOR } from '../../src/lib/server/events/core/event.types.ts';
import { makePerson } from '../factories/accounts.ts';
import { eventInput } from '../factories/events.ts';
import {
	outcome,
	requestEvent,
	startAppForRoutes,
	type RouteLocals
} from '../support/app-for-routes.ts';
import type { TestContext } from '../support/context.ts';
import type { TestSmtp } from '../support/smtp.ts';
import * as forgotten from '../../src/routes/passwort-vergessen/+page.server.ts';
import * as signIn from '../../src/routes/anmelden/+page.server.ts';
import * as eventPage from '../../src/routes/termine/[slug]/[[datum]]/+page.server.ts';
import * as eventIcs from '../../src/routes/termine/[slug]/termin.ics/+server.ts';
import * as feedIcs from '../../src/routes/termine/feed.ics/+server.ts';
import * as feedRss from '../../src/routes/termine/feed.rss/+server.ts';
import * as apiEvents from '../../src/routes/api/termine/+server.ts';
import * as widget from '../../src/routes/widget/termine/+server.ts';
import * as calendar from '../../src/routes/termine/+page.server.ts';
import * as offerPage from '../../src/routes/angebote/[slug]/+page.server.ts';
import { seedPartnersDemo } from '../../src/lib/server/partners/partners.demo.ts';
import { seedOffersDemo } from '../../src/lib/server/offers/offers.demo.ts';

/*
 * Every absolute URL that leaves the server comes from configuration (PUBLIC_URL, here
 * http://localhost:5999, or the alliance's own domain) — never from the Host header a request
 * brings. SvelteKit builds `url` from the Host header, so a request for
 * http://attacker.example/… is what a forged Host looks like to a route.
 */

let app: App;
let smtp: TestSmtp;
let close: () => Promise<void>;
let prefixed: Alliance;
let ownDomain: Alliance;
const forged = 'http://attacker.example';
const configured = 'http://localhost:5999';

const locals = (alliance: Alliance, prefix: string): RouteLocals => ({
	alliance,
	prefix,
	locale: 'de',
	viewer: null
});

beforeAll(async () => {
	({ app, smtp, close } = await startAppForRoutes());
	prefixed = (await createAlliance(app, { slug: 'hafenstadt', name: 'Bündnis Hafenstadt' }))!;
	ownDomain = (await createAlliance(app, {
		slug: 'bergdorf',
		name: 'Bündnis Bergdorf',
		domain: 'familie-bergdorf.example'
	}))!;
	prefixed = (await getAlliance(app, prefixed.id))!;
	ownDomain = (await getAlliance(app, ownDomain.id))!;
	for (const alliance of [prefixed, ownDomain]) {
		await createEvent(
			app,
			SYSTEM_ACTOR,
			alliance.id,
			eventInput({
				title: 'Laternenumzug',
				start: new Date(Date.now() + 86_400_000).toISOString(),
				end: new Date(Date.now() + 90_000_000).toISOString()
			}),
			{ status: 'published' }
		);
	}
});
afterAll(async () => close());
beforeEach(() => smtp.clear());

/** Every absolute http(s) URL in a text. */
function urls(text: string): string[] {
	return [...text.matchAll(/(?:https?|webcal):\/\/[^\s"'<>\\]+/g)].map((m) => m[0]);
}

describe('links in account mails', () => {
	it('a password reset asked for under a forged Host links to the configured address', async () => {
		const person = await makePerson({ ...app, smtp } as unknown as TestContext, {
			alliance: prefixed,
			role: 'coordinator'
		});
		const event = requestEvent({
			url: `${forged}/b/hafenstadt/passwort-vergessen`,
			locals: locals(prefixed, '/b/hafenstadt'),
			form: { email: person.email }
		});
		event.request.headers.set('x-forwarded-host', 'attacker.example');
		const result = await outcome(() => forgotten.actions.default!(event as never));
		expect(result.value).toEqual({ success: 'accounts.reset.sent' });
		const mail = await smtp.waitFor(person.email);
		expect(mail.text).toContain(`${configured}/b/hafenstadt/passwort-neu?token=`);
		expect(mail.text + mail.html).not.toContain('attacker.example');
	});

	it('a sign-in link for an alliance with its own domain points at that domain', async () => {
		const person = await makePerson({ ...app, smtp } as unknown as TestContext, {
			alliance: ownDomain,
			role: 'editor'
		});
		const result = await outcome(() =>
			signIn.actions.link!(
				requestEvent({
					url: `${forged}/anmelden?/link`,
					locals: locals(ownDomain, ''),
					form: { linkEmail: person.email }
				}) as never
			)
		);
		expect(result.thrown).toBeUndefined();
		const mail = await smtp.waitFor(person.email);
		expect(mail.text).toContain('https://familie-bergdorf.example/anmelden/link?token=');
		expect(mail.text + mail.html).not.toContain('attacker.example');
	});
});

describe('absolute URLs in pages and feeds', () => {
	it('canonical, og:url and JSON-LD of an event come from configuration', async () => {
		const result = await outcome(() =>
			eventPage.load(
				requestEvent({
					url: `${forged}/b/hafenstadt/termine/laternenumzug`,
					locals: locals(prefixed, '/b/hafenstadt'),
					params: { slug: 'laternenumzug' }
				}) as never
			)
		);
		const data = result.value as { canonical: string; jsonLd: string };
		expect(data.canonical).toBe(`${configured}/b/hafenstadt/termine/laternenumzug`);
		expect(data.jsonLd).toContain(`${configured}/b/hafenstadt/termine/laternenumzug`);
		for (const url of urls(data.jsonLd).filter((u) => !u.startsWith('https://schema.org'))) {
			expect(url).toMatch(/^http:\/\/localhost:5999\//);
		}
	});

	it('canonical and JSON-LD of an offer come from configuration', async () => {
		await seedPartnersDemo(app, prefixed.id);
		await seedOffersDemo(app, prefixed.id);
		const { slug } = await app.db
			.selectFrom('offer')
			.select('slug')
			.where('alliance_id', '=', prefixed.id)
			.where('status', '=', 'published')
			.orderBy('slug')
			.executeTakeFirstOrThrow();
		const result = await outcome(() =>
			offerPage.load(
				requestEvent({
					url: `${forged}/b/hafenstadt/angebote/${slug}`,
					locals: locals(prefixed, '/b/hafenstadt'),
					params: { slug }
				}) as never
			)
		);
		const data = result.value as { canonical: string; jsonLd: string };
		expect(data.canonical).toBe(`${configured}/b/hafenstadt/angebote/${slug}`);
		expect(data.jsonLd).toContain(`${configured}/b/hafenstadt/angebote/${slug}`);
		expect(data.jsonLd).not.toContain('attacker.example');
	});

	it('feeds, the event file, the JSON API and the widget never carry the forged host', async () => {
		const cases: [string, () => Response | Promise<Response>][] = [
			[
				'feed.ics',
				() =>
					feedIcs.GET(
						requestEvent({
							url: `${forged}/termine/feed.ics`,
							locals: locals(ownDomain, '')
						}) as never
					)
			],
			[
				'feed.rss',
				() =>
					feedRss.GET(
						requestEvent({
							url: `${forged}/termine/feed.rss`,
							locals: locals(ownDomain, '')
						}) as never
					)
			],
			[
				'termin.ics',
				() =>
					eventIcs.GET(
						requestEvent({
							url: `${forged}/termine/laternenumzug/termin.ics`,
							locals: locals(ownDomain, ''),
							params: { slug: 'laternenumzug' }
						}) as never
					)
			],
			[
				'api',
				() =>
					apiEvents.GET(
						requestEvent({
							url: `${forged}/api/termine`,
							locals: locals(ownDomain, '')
						}) as never
					)
			],
			[
				'widget',
				() =>
					widget.GET(
						requestEvent({
							url: `${forged}/widget/termine`,
							locals: locals(ownDomain, '')
						}) as never
					)
			]
		];
		for (const [name, run] of cases) {
			const body = await (await run()).text();
			expect(body, name).not.toContain('attacker.example');
			expect(body, name).toContain('https://familie-bergdorf.example/termine/laternenumzug');
		}
	});

	it('the calendar page offers its feeds on the configured address', async () => {
		const result = await outcome(() =>
			calendar.load(
				requestEvent({
					url: `${forged}/b/hafenstadt/termine`,
					locals: locals(prefixed, '/b/hafenstadt')
				}) as never
			)
		);
		const data = result.value as { feeds: Record<string, string> };
		expect(data.feeds.ics).toBe(`${configured}/b/hafenstadt/termine/feed.ics`);
		expect(data.feeds.webcal).toBe('webcal://localhost:5999/b/hafenstadt/termine/feed.ics');
	});
});
