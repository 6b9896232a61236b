import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { isHttpError } from '@sveltejs/kit';
import { unzipSync, strFromU8 } from 'fflate';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getAlliance } from '../../src/lib/server/alliances/alliance.service.ts';
import type { Alliance } from '../../src/lib/server/alliances/alliance.types.ts';
import type { App } from '../../src/lib/server/app.ts';
import { openApiDocument } from '../../src/lib/server/events/calendar/openapi.ts';
import { allianceSiteUrl } from '../../src/lib/server/http/site-url.ts';
import { hsdsSchemas } from '../../src/lib/server/offers/hsds-openapi.ts';
import { parseCsv } from '../../src/lib/server/offers/offer-csv.ts';
import { seedOffersDemo } from '../../src/lib/server/offers/offers.demo.ts';
import { seedPartnersDemo } from '../../src/lib/server/partners/partners.demo.ts';
import { makeAlliance } from '../factories/accounts.ts';
import { outcome, requestEvent, startAppForRoutes } from '../support/app-for-routes.ts';
import type { TestContext } from '../support/context.ts';
import type { TestSmtp } from '../support/smtp.ts';
import * as booklet from '../../src/routes/angebote/wegweiser.pdf/+server.ts';
import * as datapackage from '../../src/routes/api/hsds/datapackage.zip/+server.ts';
import * as services from '../../src/routes/api/hsds/services/+server.ts';
import * as list from '../../src/routes/angebote/liste/+page.server.ts';

/*
 * (Maps with MAP_TILE_URL set: offers-map.routes.int.test.ts.)
 * The Familienwegweiser to take away: the printable booklet (read back with PDF.js) and the
 * HSDS 3.0 tabular download (unzipped; its columns checked against the specification's
 * tabular.json in tests/fixtures/hsds-3.0).
 */

let app: App;
let smtp: TestSmtp;
let close: () => Promise<void>;
let alliance: Alliance;
let empty: Alliance;
// A request to another host: links must still come from the configured address.
const base = 'http://angreifer.example';

type Handler = { GET: (event: never) => Promise<Response> };
function call(module: Handler, url: string, a: Alliance = alliance, locale: 'de' | 'en' = 'de') {
	const event = requestEvent({
		url: `${base}${url}`,
		locals: { alliance: a, prefix: '', locale, viewer: null }
	});
	return module.GET(event as never);
}

async function pdfText(bytes: ArrayBuffer): Promise<string> {
	const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
	const pages: string[] = [];
	for (let n = 1; n <= pdf.numPages; n++) {
		const content = await (await pdf.getPage(n)).getTextContent();
		pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
	}
	return pages.join(' ').replace(/\s+/g, ' ');
}

beforeAll(async () => {
	({ app, smtp, close } = await startAppForRoutes());
	const ctx = { ...app, smtp } as unknown as TestContext;
	alliance = (await getAlliance(app, (await makeAlliance(ctx)).id))!;
	empty = (await getAlliance(app, (await makeAlliance(ctx)).id))!;
	await seedPartnersDemo(ctx, alliance.id);
	await seedOffersDemo(ctx, alliance.id);
}, 120_000);
afterAll(async () => close());

describe('printable Familienwegweiser', () => {
	it('is a PDF with the offers, their opening hours and links from the configuration', async () => {
		const response = await call(booklet as unknown as Handler, '/angebote/wegweiser.pdf');
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('application/pdf');
		// German or English by the language cookie: a shared cache must keep one of each.
		expect(response.headers.get('vary')).toMatch(/\bCookie\b/);
		const text = await pdfText(await response.arrayBuffer());
		expect(text).toContain(alliance.name);
		expect(text).toContain('Krabbelgruppe „Kleine Hafenmäuse“');
		expect(text).toContain('Mittwoch: 09:30–11:00 Uhr');
		expect(text).toContain('Elterncafé am Hafen');
		expect(text).toContain('Montag: 15:00–17:00 Uhr; Donnerstag: 09:30–11:30 Uhr');
		expect(text).toContain('Pflegeberatung für Angehörige');
		const site = allianceSiteUrl(app.publicUrl, alliance, '');
		expect(text).toContain(`${site}/angebote`);
		expect(text).not.toContain('angreifer.example');
	}, 60_000);

	it('prints one Lebenslage, in English when asked; 404 for an unknown one', async () => {
		const response = await call(
			booklet as unknown as Handler,
			'/angebote/wegweiser.pdf?lebenslage=pflege-angehoerige',
			alliance,
			'en'
		);
		expect(response.headers.get('content-disposition')).toContain(
			'familienwegweiser-pflege-angehoerige.pdf'
		);
		const text = await pdfText(await response.arrayBuffer());
		expect(text).toContain('Pflegeberatung für Angehörige');
		expect(text).toContain('Opening hours');
		expect(text).not.toContain('Krabbelgruppe „Kleine Hafenmäuse“');
		const unknown = await outcome(() =>
			call(booklet as unknown as Handler, '/angebote/wegweiser.pdf?lebenslage=gibt-es-nicht')
		);
		expect(isHttpError(unknown.thrown, 404)).toBe(true);
	}, 60_000);
});

interface SpecResource {
	items: {
		path: string;
		properties: Record<string, { type?: string }>;
	};
}

describe('HSDS tabular download', () => {
	const spec = JSON.parse(
		gunzipSync(
			fs.readFileSync(
				path.join(import.meta.dirname, '..', 'fixtures', 'hsds-3.0', 'tabular.json.gz')
			)
		).toString('utf8')
	) as { properties: Record<string, SpecResource> };

	it('is a zip with datapackage.json and CSVs whose columns are those of HSDS 3.0', async () => {
		const response = await call(datapackage as unknown as Handler, '/api/hsds/datapackage.zip');
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('application/zip');
		expect(response.headers.get('access-control-allow-origin')).toBe('*');
		const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
		const descriptor = JSON.parse(strFromU8(files['datapackage.json']!)) as {
			profile: string;
			resources: { name: string; path: string; schema: { fields: { name: string }[] } }[];
		};
		expect(descriptor.profile).toBe('tabular-data-package');
		const names = descriptor.resources.map((r) => r.name);
		for (const name of [
			'organization',
			'service',
			'location',
			'service_at_location',
			'address',
			'schedule',
			'taxonomy_term',
			'taxonomy'
		]) {
			expect(names).toContain(name);
		}
		for (const resource of descriptor.resources) {
			const specItem = spec.properties[resource.name]!.items;
			expect(resource.path).toBe(specItem.path);
			const specColumns = Object.entries(specItem.properties)
				.filter(([, p]) => p.type !== 'array' && p.type !== 'object')
				.map(([name]) => name);
			expect(resource.schema.fields.map((f) => f.name)).toEqual(specColumns);
			const csv = files[resource.path];
			expect(csv, resource.path).toBeDefined();
			const [header] = parseCsv(strFromU8(csv!))!;
			expect(header, resource.path).toEqual(specColumns);
		}
	}, 60_000);

	it('holds the same services, ids and opening hours as the JSON API', async () => {
		const files = unzipSync(
			new Uint8Array(
				await (
					await call(datapackage as unknown as Handler, '/api/hsds/datapackage.zip')
				).arrayBuffer()
			)
		);
		const table = (file: string) => {
			const [header, ...rows] = parseCsv(strFromU8(files[file]!))!;
			return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
		};
		const servicesCsv = table('services.csv');
		const json = (await (
			await call(services as unknown as Handler, '/api/hsds/services?per_page=200')
		).json()) as { total_items: number; contents: { id: string; name: string }[] };
		expect(servicesCsv).toHaveLength(json.total_items);
		expect(servicesCsv.map((s) => s.id).sort()).toEqual(json.contents.map((s) => s.id).sort());
		const krabbel = servicesCsv.find((s) => s.name === 'Krabbelgruppe „Kleine Hafenmäuse“')!;
		const sal = table('service_at_location.csv').find((r) => r.service_id === krabbel.id)!;
		expect(table('schedules.csv').filter((s) => s.service_at_location_id === sal.id)).toEqual([
			expect.objectContaining({
				freq: 'WEEKLY',
				byday: 'WE',
				opens_at: '09:30',
				closes_at: '11:00'
			})
		]);
		const location = table('locations.csv').find((l) => l.id === sal.location_id)!;
		expect(table('addresses.csv').some((a) => a.location_id === location.id)).toBe(true);
		const organizations = table('organizations.csv');
		expect(organizations.some((o) => o.id === krabbel.organization_id)).toBe(true);
		expect(table('taxonomy_terms.csv')).toHaveLength(13);
		// Another alliance's download holds none of these.
		const other = unzipSync(
			new Uint8Array(
				await (
					await call(datapackage as unknown as Handler, '/api/hsds/datapackage.zip', empty)
				).arrayBuffer()
			)
		);
		expect(parseCsv(strFromU8(other['services.csv']!))).toHaveLength(1);
	}, 60_000);
});

describe('HSDS endpoints in the OpenAPI document', () => {
	it('names every /api/hsds route, and the lists answer the page object it describes', async () => {
		const doc = openApiDocument(allianceSiteUrl(app.publicUrl, alliance, ''), alliance.name);
		const described = Object.keys(doc.paths).filter((p) => p.startsWith('/api/hsds'));
		const routes = fs
			.globSync('src/routes/api/hsds/**/+server.ts')
			.map((f) =>
				`/${path.dirname(f).replace(/^src\/routes\//, '')}`.replace(/\[(\w+)\]/g, '{$1}')
			);
		expect(described.sort()).toEqual(routes.sort());
		const required = hsdsSchemas.HsdsPage.required;
		const body = (await (
			await call(services as unknown as Handler, '/api/hsds/services?per_page=5')
		).json()) as Record<string, unknown>;
		expect(Object.keys(body).sort()).toEqual([...required].sort());
	});
});

describe('maps', () => {
	it('are not shown, and no tile is requested, while MAP_TILE_URL is not set', async () => {
		const event = requestEvent({
			url: `${base}/angebote/liste`,
			locals: { alliance, prefix: '', locale: 'de', viewer: null }
		});
		const data = (await (list.load as (e: never) => Promise<Record<string, unknown>>)(
			event as never
		)) as { map: unknown; offers: unknown[] };
		expect(data.offers.length).toBeGreaterThan(0);
		expect(data.map).toBeNull();
	});
});
