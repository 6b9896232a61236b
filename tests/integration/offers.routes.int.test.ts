import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { isHttpError, isRedirect } from '@sveltejs/kit';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getAlliance } from '../../src/lib/server/alliances/alliance.service.ts';
import type { Alliance } from '../../src/lib/server/alliances/alliance.types.ts';
import type { App } from '../../src/lib/server/app.ts';
import type { Viewer } from '../../src/lib/server/auth/viewer.ts';
import { seedOffersDemo } from '../../src/lib/server/offers/offers.demo.ts';
import { seedPartnersDemo } from '../../src/lib/server/partners/partners.demo.ts';
import { makeAlliance, makePerson } from '../factories/accounts.ts';
import { linkPartnerContact, makePartner } from '../factories/events.ts';
import {
	outcome,
	requestEvent,
	startAppForRoutes,
	type RouteLocals
} from '../support/app-for-routes.ts';
import type { TestContext } from '../support/context.ts';
import type { TestSmtp } from '../support/smtp.ts';
import * as hsdsRoot from '../../src/routes/api/hsds/+server.ts';
import * as services from '../../src/routes/api/hsds/services/+server.ts';
import * as service from '../../src/routes/api/hsds/services/[id]/+server.ts';
import * as organizations from '../../src/routes/api/hsds/organizations/+server.ts';
import * as organization from '../../src/routes/api/hsds/organizations/[id]/+server.ts';
import * as serviceAtLocations from '../../src/routes/api/hsds/service_at_locations/+server.ts';
import * as taxonomies from '../../src/routes/api/hsds/taxonomies/+server.ts';
import * as taxonomyTerms from '../../src/routes/api/hsds/taxonomy_terms/+server.ts';
import * as datapackage from '../../src/routes/api/hsds/datapackage.zip/+server.ts';
import * as adminList from '../../src/routes/admin/angebote/+page.server.ts';
import * as adminEdit from '../../src/routes/admin/angebote/[id]/+page.server.ts';
import * as offerPage from '../../src/routes/angebote/[slug]/+page.server.ts';
import { createOffer } from '../../src/lib/server/offers/offer-admin.service.ts';
import { offerById } from '../../src/lib/server/offers/offer.service.ts';
import type { OfferValues } from '../../src/lib/server/offers/offer.types.ts';
import * as internList from '../../src/routes/intern/angebote/+page.server.ts';
import * as internNew from '../../src/routes/intern/angebote/neu/+page.server.ts';
import * as internEdit from '../../src/routes/intern/angebote/[id]/+page.server.ts';
import * as detail from '../../src/routes/angebote/[slug]/+page.server.ts';
import * as list from '../../src/routes/angebote/liste/+page.server.ts';

/*
 * The Familienwegweiser through its routes on the real app: the HSDS 3.0 API validated against
 * the official JSON schemas (tests/fixtures/hsds-3.0), its paging, CORS and ETag; and the
 * permission checks of the admin and intern pages, with ids from another alliance.
 */

let app: App;
let smtp: TestSmtp;
let close: () => Promise<void>;
let alliance: Alliance;
let other: Alliance;
let coordinator: Viewer;
let contact: Viewer;
const base = 'http://localhost:5999';

const locals = (viewer: Viewer | null, a: Alliance = alliance): RouteLocals => ({
	alliance: a,
	prefix: '',
	locale: 'de',
	viewer
});

const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
addFormats(ajv);
const validators = new Map<string, ValidateFunction>();
function schema(name: string): ValidateFunction {
	let v = validators.get(name);
	if (!v) {
		const file = path.join(import.meta.dirname, '..', 'fixtures', 'hsds-3.0', `${name}.json.gz`);
		const json = JSON.parse(gunzipSync(fs.readFileSync(file)).toString('utf8')) as object;
		v = ajv.compile(json);
		validators.set(name, v);
	}
	return v;
}
/**
 * The official schemas have no file of their own for taxonomies and taxonomy terms (the API's
 * OpenAPI refers to taxonomy.json and taxonomy_term.json); the compiled service schema holds both,
 * as a service attribute's `taxonomy_term` and its `taxonomy_detail`.
 */
function embeddedSchema(name: 'taxonomy_term' | 'taxonomy'): ValidateFunction {
	let v = validators.get(name);
	if (!v) {
		const file = path.join(import.meta.dirname, '..', 'fixtures', 'hsds-3.0', 'service.json.gz');
		const service = JSON.parse(gunzipSync(fs.readFileSync(file)).toString('utf8')) as {
			properties: {
				attributes: {
					items: {
						properties: { taxonomy_term: { properties: { taxonomy_detail: object } } };
					};
				};
			};
		};
		const term = service.properties.attributes.items.properties.taxonomy_term;
		v = ajv.compile(name === 'taxonomy_term' ? term : term.properties.taxonomy_detail);
		validators.set(name, v);
	}
	return v;
}
function expectValid(name: string, value: unknown) {
	const validate =
		name === 'taxonomy_term' || name === 'taxonomy' ? embeddedSchema(name) : schema(name);
	const ok = validate(value);
	expect(ok, `${name}: ${JSON.stringify(validate.errors?.slice(0, 5))}`).toBe(true);
}

type Handler = { GET: (event: never) => Promise<Response> };
async function get(
	module: Handler,
	url: string,
	params: Record<string, string> = {},
	headers: Record<string, string> = {}
) {
	const event = requestEvent({ url: `${base}${url}`, locals: locals(null), params });
	for (const [k, v] of Object.entries(headers)) event.request.headers.set(k, v);
	const response = await module.GET(event as never);
	return response;
}
async function getJson(module: Handler, url: string, params: Record<string, string> = {}) {
	const response = await get(module, url, params);
	expect(response.status).toBe(200);
	expect(response.headers.get('access-control-allow-origin')).toBe('*');
	return (await response.json()) as Record<string, unknown> & {
		contents: Record<string, unknown>[];
	};
}

function expectPage(body: Record<string, unknown>) {
	for (const key of ['total_items', 'total_pages', 'page_number', 'size']) {
		expect(Number.isInteger(body[key]), key).toBe(true);
	}
	for (const key of ['first_page', 'last_page', 'empty'])
		expect(typeof body[key], key).toBe('boolean');
	expect(Array.isArray(body.contents)).toBe(true);
}

beforeAll(async () => {
	({ app, smtp, close } = await startAppForRoutes());
	const ctx = { ...app, smtp } as unknown as TestContext;
	alliance = (await getAlliance(app, (await makeAlliance(ctx)).id))!;
	other = (await getAlliance(app, (await makeAlliance(ctx)).id))!;
	const { partners } = await seedPartnersDemo(ctx, alliance.id);
	await seedOffersDemo(ctx, alliance.id);
	const c = await makePerson(ctx, { alliance, role: 'coordinator' });
	coordinator = {
		userId: c.userId,
		name: c.name,
		email: c.email,
		platformAdmin: false,
		role: 'coordinator'
	};
	const p = await makePerson(ctx, { alliance, role: 'partner' });
	contact = {
		userId: p.userId,
		name: p.name,
		email: p.email,
		platformAdmin: false,
		role: 'partner'
	};
	await linkPartnerContact(ctx, alliance.id, partners['Familienzentrum Am Hafen']!, contact.userId);
	await makePartner(ctx, other.id, 'Partner anderswo');
}, 120_000);
afterAll(async () => close());

describe('HSDS 3.0 API', () => {
	it('describes itself', async () => {
		const body = await getJson(hsdsRoot as unknown as Handler, '/api/hsds');
		expect(body.version).toBe('3.0');
	});

	it('lists services as HSDS pages that validate against service_list.json and service.json', async () => {
		const first = await getJson(services as unknown as Handler, '/api/hsds/services?per_page=20');
		expectPage(first);
		expect(first).toMatchObject({ page_number: 1, size: 20, first_page: true, last_page: false });
		expect(first.total_items).toBeGreaterThanOrEqual(55);
		for (const item of first.contents) expectValid('service_list', item);
		const last = await getJson(
			services as unknown as Handler,
			`/api/hsds/services?per_page=20&page=${first.total_pages}`
		);
		expect(last.last_page).toBe(true);
		const full = await getJson(
			services as unknown as Handler,
			'/api/hsds/services?full=true&per_page=60'
		);
		for (const item of full.contents) expectValid('service', item);
		const krabbel = full.contents.find((s) => String(s.name).startsWith('Krabbelgruppe'))!;
		expect((krabbel.languages as { code: string }[]).map((l) => l.code)).toContain('tr');
		const sal = (
			krabbel.service_at_locations as { schedules: { byday: string; opens_at: string }[] }[]
		)[0]!;
		expect(sal.schedules).toEqual([
			expect.objectContaining({ byday: 'WE', opens_at: '09:30', freq: 'WEEKLY' })
		]);
	});

	it('answers one service, filters by taxonomy term and search, 404 for another alliance’s id', async () => {
		const terms = await getJson(taxonomyTerms as unknown as Handler, '/api/hsds/taxonomy_terms');
		expectPage(terms);
		expect(terms.contents).toHaveLength(13);
		for (const term of terms.contents) expectValid('taxonomy_term', term);
		const care = terms.contents.find((t) => t.code === 'pflege-angehoerige')!;
		const inCare = await getJson(
			services as unknown as Handler,
			`/api/hsds/services?taxonomy_term_id=${String(care.id)}`
		);
		expect(inCare.contents.map((s) => s.name)).toContain('Pflegeberatung für Angehörige');
		const searched = await getJson(
			services as unknown as Handler,
			'/api/hsds/services?search=t%C3%BCrkisch+krabbelgruppe'
		);
		expect(searched.contents.map((s) => s.name)).toEqual(['Krabbelgruppe „Kleine Hafenmäuse“']);
		const id = String(searched.contents[0]!.id);
		const one = await getJson(service as unknown as Handler, `/api/hsds/services/${id}`, { id });
		expectValid('service', one);
		const foreign = await outcome(() =>
			(service as unknown as Handler).GET(
				requestEvent({
					url: `${base}/api/hsds/services/${id}`,
					locals: locals(null, other),
					params: { id }
				}) as never
			)
		);
		expect(isHttpError(foreign.thrown, 404)).toBe(true);
		const taxonomiesPage = await getJson(taxonomies as unknown as Handler, '/api/hsds/taxonomies');
		expect(taxonomiesPage.contents[0]).toMatchObject({ name: 'Lebenslagen', id: care.taxonomy_id });
		for (const taxonomy of taxonomiesPage.contents) expectValid('taxonomy', taxonomy);
	});

	it('lists organizations (partners and other providers) that validate', async () => {
		const orgs = await getJson(
			organizations as unknown as Handler,
			'/api/hsds/organizations?per_page=100'
		);
		expectPage(orgs);
		for (const item of orgs.contents) expectValid('organization_list', item);
		const names = orgs.contents.map((o) => o.name);
		expect(names).toEqual(
			expect.arrayContaining(['Familienzentrum Am Hafen', 'Hallenbad Musterstadt'])
		);
		for (const name of ['Familienzentrum Am Hafen', 'Hallenbad Musterstadt']) {
			const id = String(orgs.contents.find((o) => o.name === name)!.id);
			const org = await getJson(
				organization as unknown as Handler,
				`/api/hsds/organizations/${id}`,
				{ id }
			);
			expectValid('organization', org);
			expect((org.services as unknown[]).length).toBeGreaterThan(0);
			const theirs = await getJson(
				services as unknown as Handler,
				`/api/hsds/services?organization_id=${id}`
			);
			expect(theirs.total_items).toBe((org.services as unknown[]).length);
		}
	});

	it('lists service_at_locations that validate', async () => {
		const page = await getJson(
			serviceAtLocations as unknown as Handler,
			'/api/hsds/service_at_locations?per_page=10'
		);
		expectPage(page);
		for (const item of page.contents) expectValid('service_at_location_list', item);
		const full = await getJson(
			serviceAtLocations as unknown as Handler,
			'/api/hsds/service_at_locations?per_page=10&full=true'
		);
		for (const item of full.contents) expectValid('service_at_location', item);
	});

	it('answers 304 to a current ETag and 400 to malformed paging', async () => {
		const first = await get(services as unknown as Handler, '/api/hsds/services');
		const etag = first.headers.get('etag')!;
		expect(etag).toMatch(/^"/);
		const again = await get(
			services as unknown as Handler,
			'/api/hsds/services',
			{},
			{ 'if-none-match': etag }
		);
		expect(again.status).toBe(304);
		const bad = await outcome(() =>
			get(services as unknown as Handler, '/api/hsds/services?page=zwei')
		);
		expect(isHttpError(bad.thrown, 400)).toBe(true);
	});
});

describe('HSDS 3.0 API from other sites (CORS, docs/api.md)', () => {
	type Route = { name: string; module: unknown; path: string; params?: Record<string, string> };
	type AnyHandler = (event: never) => Response | Promise<Response>;
	/** Every HSDS route, with real ids for the single-item ones. */
	async function hsdsRoutes(): Promise<Route[]> {
		const svc = await getJson(services as unknown as Handler, '/api/hsds/services?per_page=1');
		const org = await getJson(
			organizations as unknown as Handler,
			'/api/hsds/organizations?per_page=1'
		);
		const serviceId = String(svc.contents[0]!.id);
		const organizationId = String(org.contents[0]!.id);
		return [
			{ name: 'root', module: hsdsRoot, path: '/api/hsds' },
			{ name: 'services', module: services, path: '/api/hsds/services' },
			{
				name: 'service',
				module: service,
				path: `/api/hsds/services/${serviceId}`,
				params: { id: serviceId }
			},
			{ name: 'organizations', module: organizations, path: '/api/hsds/organizations' },
			{
				name: 'organization',
				module: organization,
				path: `/api/hsds/organizations/${organizationId}`,
				params: { id: organizationId }
			},
			{
				name: 'service_at_locations',
				module: serviceAtLocations,
				path: '/api/hsds/service_at_locations'
			},
			{ name: 'taxonomies', module: taxonomies, path: '/api/hsds/taxonomies' },
			{ name: 'taxonomy_terms', module: taxonomyTerms, path: '/api/hsds/taxonomy_terms' },
			{ name: 'datapackage.zip', module: datapackage, path: '/api/hsds/datapackage.zip' }
		];
	}
	async function send(
		route: Route,
		method: 'GET' | 'OPTIONS',
		headers: Record<string, string> = {}
	): Promise<Response> {
		const handler = (route.module as Partial<Record<string, AnyHandler>>)[method];
		expect(handler, `${route.name} exports ${method}`).toBeTypeOf('function');
		const event = requestEvent({
			url: `${base}${route.path}`,
			locals: locals(null),
			params: route.params ?? {}
		});
		const request = new Request(`${base}${route.path}`, { method, headers });
		return handler!({ ...event, request } as never);
	}

	it('answers the preflight of a cross-origin conditional request on every HSDS route', async () => {
		for (const route of await hsdsRoutes()) {
			const res = await send(route, 'OPTIONS', {
				origin: 'https://kita-regenbogen.example',
				'access-control-request-method': 'GET',
				'access-control-request-headers': 'if-none-match'
			});
			expect(res.status, route.name).toBe(204);
			expect(res.headers.get('access-control-allow-origin'), route.name).toBe('*');
			expect(res.headers.get('access-control-allow-methods'), route.name).toContain('GET');
			expect(res.headers.get('access-control-allow-headers')?.toLowerCase(), route.name).toContain(
				'if-none-match'
			);
			expect(await res.text(), route.name).toBe('');
		}
	});

	it('sends CORS headers and exposes the ETag on every HSDS answer, the 304 included', async () => {
		for (const route of await hsdsRoutes()) {
			const first = await send(route, 'GET');
			expect(first.status, route.name).toBe(200);
			expect(first.headers.get('access-control-allow-origin'), route.name).toBe('*');
			const exposed = (first.headers.get('access-control-expose-headers') ?? '')
				.toLowerCase()
				.split(/\s*,\s*/);
			expect(exposed, route.name).toContain('etag');
			const etag = first.headers.get('etag');
			expect(etag, route.name).toMatch(/^"[\w-]+"$/);
			const again = await send(route, 'GET', { 'if-none-match': etag! });
			expect(again.status, route.name).toBe(304);
			expect(again.headers.get('access-control-allow-origin'), route.name).toBe('*');
			expect(again.headers.get('access-control-expose-headers'), route.name).toBe(
				first.headers.get('access-control-expose-headers')
			);
			expect(again.headers.get('etag'), route.name).toBe(etag);
			expect(await again.text(), route.name).toBe('');
		}
	});

	it('refuses the preflight without an alliance, as GET does', async () => {
		const event = requestEvent({
			url: `${base}/api/hsds/services`,
			locals: { ...locals(null), alliance: null } as unknown as RouteLocals
		});
		const refused = await outcome(() =>
			(services.OPTIONS as unknown as AnyHandler)(event as never)
		);
		expect(isHttpError(refused.thrown, 404)).toBe(true);
	});
});

describe('admin and intern pages', () => {
	it('send partner contacts from /admin/angebote to /intern and anonymous visitors to the login', async () => {
		const asContact = await outcome(() =>
			adminList.load(
				requestEvent({ url: `${base}/admin/angebote`, locals: locals(contact) }) as never
			)
		);
		expect(isRedirect(asContact.thrown) && asContact.thrown.location).toBe('/intern');
		const anonymous = await outcome(() =>
			internList.load(
				requestEvent({ url: `${base}/intern/angebote`, locals: locals(null) }) as never
			)
		);
		expect(isRedirect(anonymous.thrown) && anonymous.thrown.location).toMatch(/^\/anmelden/);
	});

	it('let a contact edit only their own partner’s offers; ids of another alliance are refused', async () => {
		const own = (await internList.load(
			requestEvent({ url: `${base}/intern/angebote`, locals: locals(contact) }) as never
		)) as { offers: { id: string; name: string }[]; partners: { id: string }[] };
		expect(own.offers.map((o) => o.name)).toContain('Krabbelgruppe „Kleine Hafenmäuse“');
		const all = (await adminList.load(
			requestEvent({ url: `${base}/admin/angebote`, locals: locals(coordinator) }) as never
		)) as { offers: { id: string; name: string }[] };
		const foreign = all.offers.find((o) => o.name === 'Pflegeberatung für Angehörige')!;
		const edit = await outcome(() =>
			internEdit.load(
				requestEvent({
					url: `${base}/intern/angebote/${foreign.id}`,
					locals: locals(contact),
					params: { id: foreign.id }
				}) as never
			)
		);
		expect(isHttpError(edit.thrown, 404)).toBe(true);
		// The offer seen from another alliance does not exist.
		const elsewhere = await outcome(() =>
			adminEdit.load(
				requestEvent({
					url: `${base}/admin/angebote/${foreign.id}`,
					locals: locals({ ...coordinator, platformAdmin: true }, other),
					params: { id: foreign.id }
				}) as never
			)
		);
		expect(isHttpError(elsewhere.thrown, 404)).toBe(true);
		// A partner id of another alliance in the form.
		const otherPartner = await app.db
			.selectFrom('partner')
			.select('id')
			.where('alliance_id', '=', other.id)
			.executeTakeFirstOrThrow();
		const created = await outcome(() =>
			internNew.actions.default!(
				requestEvent({
					url: `${base}/intern/angebote/neu`,
					locals: locals(contact),
					form: {
						name: 'Fremdes Angebot',
						partnerId: otherPartner.id,
						categoryIds: 'x',
						loc_street: 'Weg 1'
					}
				}) as never
			)
		);
		expect(
			isHttpError(created.thrown, 404) || (created.value as { status?: number })?.status === 400
		).toBe(true);
		const count = await app.db
			.selectFrom('offer')
			.select('id')
			.where('name', '=', 'Fremdes Angebot')
			.execute();
		expect(count).toHaveLength(0);
	});

	it('publish a contact’s change of opening hours at once, shown on the public page', async () => {
		const own = (await internList.load(
			requestEvent({ url: `${base}/intern/angebote`, locals: locals(contact) }) as never
		)) as { offers: { id: string; slug: string; name: string }[] };
		const cafe = own.offers.find((o) => o.name === 'Elterncafé am Hafen')!;
		const page = (await internEdit.load(
			requestEvent({
				url: `${base}/intern/angebote/${cafe.id}`,
				locals: locals(contact),
				params: { id: cafe.id }
			}) as never
		)) as { values: Record<string, string | string[]> };
		const form = { ...page.values, h6_1_open: '10:00', h6_1_close: '12:30' };
		const saved = await internEdit.actions.default!(
			requestEvent({
				url: `${base}/intern/angebote/${cafe.id}`,
				locals: locals(contact),
				params: { id: cafe.id },
				form
			}) as never
		);
		expect(saved).toMatchObject({ ok: true, success: 'offers.intern.saved' });
		const shown = (await detail.load(
			requestEvent({
				url: `${base}/angebote/${cafe.slug}`,
				locals: locals(null),
				params: { slug: cafe.slug }
			}) as never
		)) as {
			offer: {
				locations: { week: { weekday: number; ranges: { opens: string; closes: string }[] }[] }[];
			};
		};
		expect(shown.offer.locations[0]!.week[5]!.ranges).toEqual([
			{ weekday: 6, opens: '10:00', closes: '12:30' }
		]);
		const saturday = (await list.load(
			requestEvent({
				url: `${base}/angebote/liste?geoeffnet=6&lebenslage=baby-kleinkind`,
				locals: locals(null)
			}) as never
		)) as { offers: { name: string }[] };
		expect(saturday.offers.map((o) => o.name)).toContain('Elterncafé am Hafen');
	});
});

describe('merging two entries of one offer', () => {
	async function entry(name: string, values: Partial<OfferValues>) {
		const categories = await app.db
			.selectFrom('offer_category')
			.select('id')
			.where('alliance_id', '=', alliance.id)
			.orderBy('position')
			.limit(2)
			.execute();
		const base: OfferValues = {
			name,
			summary: '',
			description: '',
			partnerId: null,
			providerName: 'Familienbüro Musterstadt',
			providerUrl: '',
			minAgeMonths: null,
			maxAgeMonths: null,
			costKind: 'free',
			costText: '',
			languages: ['de'],
			access: [],
			accessNote: '',
			contactName: '',
			email: '',
			phone: '',
			url: '',
			links: [],
			categoryIds: [categories[0]!.id],
			location: null
		};
		return createOffer(app, coordinator, alliance.id, { ...base, ...values });
	}

	it('keeps one entry with what only the other said, deletes the other, refuses foreign ids', async () => {
		const categories = await app.db
			.selectFrom('offer_category')
			.select('id')
			.where('alliance_id', '=', alliance.id)
			.orderBy('position')
			.execute();
		const kept = await entry('Stillberatung im Familienzentrum', {
			summary: 'Hebammen beraten zum Stillen.'
		});
		const duplicate = await entry('Stillberatung (Familienzentrum)', {
			summary: 'Andere Zusammenfassung',
			phone: '02345 678 90',
			languages: ['de', 'tr'],
			categoryIds: [categories[1]!.id],
			links: [{ label: 'Flyer', url: 'https://example.org/flyer.pdf' }]
		});
		const form = await adminEdit.load(
			requestEvent({
				url: `${base}/admin/angebote/${duplicate.id}`,
				locals: locals(coordinator),
				params: { id: duplicate.id }
			}) as never
		);
		expect((form as { others: { id: string }[] }).others.map((o) => o.id)).toContain(kept.id);

		const merged = await outcome(() =>
			adminEdit.actions.merge!(
				requestEvent({
					url: `${base}/admin/angebote/${duplicate.id}?/merge`,
					locals: locals(coordinator),
					params: { id: duplicate.id },
					form: { into: kept.id }
				}) as never
			)
		);
		expect(isRedirect(merged.thrown) && merged.thrown.location).toBe(
			`/admin/angebote/${kept.id}?zusammengefuehrt=1`
		);
		const result = (await offerById(app, alliance.id, kept.id))!;
		expect(result.name).toBe('Stillberatung im Familienzentrum');
		expect(result.summary).toBe('Hebammen beraten zum Stillen.'); // the kept entry's own
		expect(result.phone).toBe('02345 678 90'); // empty there, taken over
		expect(result.languages.sort()).toEqual(['de', 'tr']);
		expect(result.categoryIds.sort()).toEqual([categories[0]!.id, categories[1]!.id].sort());
		expect(result.links.map((l) => l.url)).toEqual(['https://example.org/flyer.pdf']);
		expect(await offerById(app, alliance.id, duplicate.id)).toBeNull();
		// The merged-away entry's address (printed in the booklet as a QR code) leads to the kept one.
		const oldAddress = await outcome(() =>
			offerPage.load(
				requestEvent({
					url: `${base}/angebote/${duplicate.slug}`,
					locals: locals(null),
					params: { slug: duplicate.slug }
				}) as never
			)
		);
		expect(isRedirect(oldAddress.thrown) && oldAddress.thrown.status).toBe(301);
		expect(isRedirect(oldAddress.thrown) && oldAddress.thrown.location).toBe(
			`/angebote/${kept.slug}`
		);
		// An address that never was an offer stays a 404.
		const never = await outcome(() =>
			offerPage.load(
				requestEvent({
					url: `${base}/angebote/gab-es-nie`,
					locals: locals(null),
					params: { slug: 'gab-es-nie' }
				}) as never
			)
		);
		expect(isHttpError(never.thrown, 404)).toBe(true);

		// Into itself, into nothing, or with another alliance's offer: refused, nothing changes.
		const foreign = await app.db
			.selectFrom('offer')
			.select('id')
			.where('alliance_id', '=', other.id)
			.executeTakeFirst();
		const foreignId = foreign?.id ?? crypto.randomUUID();
		for (const [into, status] of [
			[kept.id, 400],
			['', 400],
			[foreignId, 404]
		] as const) {
			const refused = await outcome(() =>
				adminEdit.actions.merge!(
					requestEvent({
						url: `${base}/admin/angebote/${kept.id}?/merge`,
						locals: locals(coordinator),
						params: { id: kept.id },
						form: { into }
					}) as never
				)
			);
			const answered = (refused.value ?? refused.thrown) as { status?: number };
			expect(answered.status, `into ${into || '(empty)'}`).toBe(status);
		}
		expect(await offerById(app, alliance.id, kept.id)).not.toBeNull();
		// A partner contact may not merge.
		const asContact = await outcome(() =>
			adminEdit.actions.merge!(
				requestEvent({
					url: `${base}/admin/angebote/${kept.id}?/merge`,
					locals: locals(contact),
					params: { id: kept.id },
					form: { into: kept.id }
				}) as never
			)
		);
		expect(isRedirect(asContact.thrown) || isHttpError(asContact.thrown, 403)).toBe(true);
	});
});
