import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Alliance } from '../../src/lib/server/alliances/alliance.types.ts';
import type { App } from '../../src/lib/server/app.ts';
import sharp from 'sharp';
import { seedDemo } from '../../src/lib/server/demo/seed.ts';
import { createEvent } from '../../src/lib/server/events/core/create-event.service.ts';
import { SYSTEM_ACTOR } from '../../src/lib/server/events/core/event.types.ts';
import { storeImage } from '../../src/lib/server/uploads/upload-store.service.ts';
import { berlin, eventInput } from '../factories/events.ts';
import { eventDetail } from '../../src/lib/server/events/calendar/event-detail.service.ts';
import { localDate } from '../../src/lib/server/events/core/time-zone.ts';
import { partnerDirectory } from '../../src/lib/server/partners/partner-directory.service.ts';
import { requestEvent, startAppForRoutes, type RouteLocals } from '../support/app-for-routes.ts';
import * as cmsPage from '../../src/routes/[...path]/+page.server.ts';
import * as home from '../../src/routes/+page.server.ts';
import * as kontakt from '../../src/routes/kontakt/+page.server.ts';
import * as impressum from '../../src/routes/impressum/+page.server.ts';
import * as partnerPage from '../../src/routes/partner/[slug]/+page.server.ts';
import * as eventPage from '../../src/routes/termine/[slug]/[[datum]]/+page.server.ts';

/*
 * schema.org data as search engines and link previews read it, on the demo alliance: the
 * alliance as Organization on home, about, contact and imprint; every partner page as an
 * Organization of its own; events with address, image, offers, the organiser's page and the
 * earlier start of a moved date. Absolute URLs come from PUBLIC_URL, whatever Host was asked.
 */

let app: App;
let close: () => Promise<void>;
let alliance: Alliance;
const BASE = 'http://localhost:5999'; // PUBLIC_URL of the route-test app
const locals = (): RouteLocals => ({ alliance, prefix: '', locale: 'de', viewer: null });

type Ld = Record<string, unknown>;

/** Loads a page as if asked through a forged Host, and parses its JSON-LD. */
async function jsonLdOf(
	module: { load: unknown },
	path: string,
	params: Record<string, string> = {}
): Promise<Ld> {
	const event = requestEvent({ url: `http://evil.example${path}`, locals: locals(), params });
	const data = (await (module.load as (e: unknown) => Promise<{ jsonLd: string | null }>)(event))!;
	expect(data.jsonLd, path).toBeTruthy();
	return JSON.parse(data.jsonLd!) as Ld;
}

/** Every string in the document that looks like a URL. */
function urlsIn(value: unknown): string[] {
	if (typeof value === 'string') return /^https?:\/\//.test(value) ? [value] : [];
	if (Array.isArray(value)) return value.flatMap(urlsIn);
	if (value && typeof value === 'object') return Object.values(value).flatMap(urlsIn);
	return [];
}

function expectOwnUrls(ld: Ld, allowedOthers: string[] = []) {
	for (const u of urlsIn(ld)) {
		if (u.startsWith('https://schema.org')) continue;
		if (allowedOthers.includes(u)) continue;
		expect(u).not.toContain('evil.example');
		expect(u.startsWith(`${BASE}/`), u).toBe(true);
	}
}

beforeAll(async () => {
	({ app, close } = await startAppForRoutes());
	await seedDemo(app);
	const resolved = await app.registry.resolve('localhost:5999', '/');
	alliance = resolved.alliance!;
});

afterAll(async () => {
	await close();
});

describe('the alliance as Organization', () => {
	it('is on the home, about, contact and imprint pages', async () => {
		const pages = [
			await jsonLdOf(home, '/'),
			await jsonLdOf(cmsPage, '/ueber-uns', { path: 'ueber-uns' }),
			await jsonLdOf(kontakt, '/kontakt'),
			await jsonLdOf(impressum, '/impressum')
		];
		for (const ld of pages) {
			expect(ld['@context']).toBe('https://schema.org');
			expect(ld['@type']).toBe('Organization');
			expect(ld.name).toBe(alliance.name);
			expect(ld.url).toBe(`${BASE}/`);
			expectOwnUrls(ld, (ld.sameAs as string[] | undefined) ?? []);
		}
		const address = pages[0]!.address as Ld | undefined;
		if (alliance.contact.address) {
			expect(address?.['@type']).toBe('PostalAddress');
			expect(address?.addressCountry).toBe('DE');
		}
	});

	it('is not claimed by an ordinary content page', async () => {
		const event = requestEvent({
			url: `${BASE}/hilfe-und-beratung`,
			locals: locals(),
			params: { path: 'hilfe-und-beratung' }
		});
		const data = (await (cmsPage.load as (e: unknown) => Promise<{ jsonLd: string | null }>)(
			event
		))!;
		expect(data.jsonLd).toBeNull();
	});
});

describe('partners', () => {
	it(
		'every partner page is an Organization of its own, member of the alliance',
		{ timeout: 60000 },
		async () => {
			const { partners } = await partnerDirectory(app, alliance.id, {
				kind: '',
				topic: '',
				district: '',
				q: ''
			});
			expect(partners.length).toBeGreaterThanOrEqual(10);
			for (const p of partners) {
				const ld = await jsonLdOf(partnerPage, `/partner/${p.slug}`, { slug: p.slug });
				expect(ld['@type'], p.slug).toBe('Organization');
				expect(ld.name).toBe(p.name);
				expect(ld.url).toBe(`${BASE}/partner/${p.slug}`);
				expect((ld.memberOf as Ld).url).toBe(`${BASE}/`);
				if (p.publicEmail) expect(ld.email).toBe(p.publicEmail);
				if (p.street) {
					const address = ld.address as Ld;
					expect(address['@type']).toBe('PostalAddress');
					expect(address.streetAddress).toBe(p.street);
					if (p.postalCode) expect(address.postalCode).toBe(p.postalCode);
				}
				expectOwnUrls(ld, (ld.sameAs as string[] | undefined) ?? []);
			}
		}
	);
});

describe('events', () => {
	it('a moved date of the Elterncafé: address, image, offers, organiser page, earlier start', async () => {
		const detail = await eventDetail(app, alliance.id, 'elterncafe-im-familienzentrum', null);
		const moved = detail!.upcomingDates.find((d) => d.moved);
		expect(moved).toBeTruthy();
		const day = localDate(moved!.recurrenceId);
		const ld = await jsonLdOf(eventPage, `/termine/elterncafe-im-familienzentrum/${day}`, {
			slug: 'elterncafe-im-familienzentrum',
			datum: day
		});
		expect(ld['@type']).toBe('Event');
		expect(ld.eventStatus).toBe('https://schema.org/EventRescheduled');
		expect(ld.previousStartDate).toMatch(new RegExp(`^${day}T\\d\\d:\\d\\d:00[+-]\\d\\d:\\d\\d$`));
		expect(ld.previousStartDate).not.toBe(ld.startDate);
		const location = ld.location as Ld;
		expect(location['@type']).toBe('Place');
		const address = location.address as Ld;
		expect(address['@type']).toBe('PostalAddress');
		expect(address.streetAddress).toBeTruthy();
		expect(address.addressLocality).toBeTruthy();
		expect(address.addressCountry).toBe('DE');
		const offers = ld.offers as Ld;
		expect(offers['@type']).toBe('Offer');
		expect(offers.availability).toBe('https://schema.org/InStock');
		expect(offers.price).toBe(0);
		const organizer = ld.organizer as Ld;
		expect(organizer.name).toBe('Familienzentrum Am Hafen');
		expect(organizer.url).toBe(`${BASE}/partner/${detail!.event.organiser.partnerSlug}`);
		expectOwnUrls(ld);
	});

	it('an event with its image and a price on request: image URL, offer without a price', async () => {
		const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#f80' } })
			.png()
			.toBuffer();
		const stored = await storeImage(app, alliance.id, null, new File([png], 'fest.png'), {
			alt: 'Kinder beim Sackhüpfen'
		});
		if (!stored.ok) throw new Error(stored.error);
		const day = localDate(new Date(Date.now() + 10 * 86400_000));
		const event = await createEvent(
			app,
			SYSTEM_ACTOR,
			alliance.id,
			eventInput({
				title: 'Sommerfest der Kitas',
				start: berlin(day, '14:00'),
				end: berlin(day, '17:00'),
				location: { ...eventInput().location, address: 'Parkweg 2', placeName: 'Stadtpark' },
				organiserName: 'Elternbeirat Kita Sonnenschein',
				contact: {
					name: '',
					email: '',
					phone: '',
					websiteUrl: 'https://kita-sonnenschein.example'
				},
				cost: { kind: 'on_request', cents: null, note: 'Spende erbeten' },
				image: { fileId: stored.file.id, alt: 'Kinder beim Sackhüpfen' }
			}),
			{ status: 'published' }
		);
		const ld = await jsonLdOf(eventPage, `/termine/${event.slug}`, { slug: event.slug });
		expect(ld.image).toEqual([`${BASE}/dateien/${stored.file.id}`]);
		const offers = ld.offers as Ld;
		expect(offers.price).toBeUndefined();
		expect(offers.availability).toBe('https://schema.org/InStock');
		// A written address without a town: the alliance's town stands in.
		const address = (ld.location as Ld).address as Ld;
		expect(address).toMatchObject({
			'@type': 'PostalAddress',
			streetAddress: 'Parkweg 2',
			addressLocality: alliance.town
		});
		// Not a partner: the organiser's own website.
		expect((ld.organizer as Ld).url).toBe('https://kita-sonnenschein.example');
		expect(ld.previousStartDate).toBeUndefined();
	});
});
