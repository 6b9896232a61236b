import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Alliance } from '../../src/lib/server/alliances/alliance.types.ts';
import type { App } from '../../src/lib/server/app.ts';
import { createEvent } from '../../src/lib/server/events/core/create-event.service.ts';
import { SYSTEM_ACTOR } from '../../src/lib/server/events/core/event.types.ts';
import { schemas } from '../../src/lib/server/events/calendar/openapi.ts';
import { localDate } from '../../src/lib/server/events/core/time-zone.ts';
import { makeAlliance } from '../factories/accounts.ts';
import { berlin, eventInput, makePartner } from '../factories/events.ts';
import type { TestContext } from '../support/context.ts';
import { requestEvent, startAppForRoutes, type RouteLocals } from '../support/app-for-routes.ts';
import * as api from '../../src/routes/api/termine/+server.ts';
import * as openapi from '../../src/routes/api/openapi.json/+server.ts';
import * as eventIcs from '../../src/routes/termine/[slug]/termin.ics/+server.ts';
import * as feedIcs from '../../src/routes/termine/feed.ics/+server.ts';
import * as feedRss from '../../src/routes/termine/feed.rss/+server.ts';

/*
 * The public interfaces as another site's script uses them (docs/api.md): readable from any
 * origin, a preflight for conditional requests, ETag exposed and honoured; the OpenAPI
 * document is valid and describes what /api/termine really answers.
 */

let app: App;
let close: () => Promise<void>;
let alliance: Alliance;
let slug: string;
const base = 'http://localhost:5999';
const locals = (): RouteLocals => ({ alliance, prefix: '', locale: 'de', viewer: null });

type Handler = (event: never) => Response | Promise<Response>;
async function call(
	handler: unknown,
	path: string,
	options: {
		method?: string;
		headers?: Record<string, string>;
		params?: Record<string, string>;
	} = {}
): Promise<Response> {
	const event = requestEvent({ url: `${base}${path}`, locals: locals(), params: options.params });
	const request = new Request(`${base}${path}`, {
		method: options.method ?? 'GET',
		headers: options.headers
	});
	return (handler as Handler)({ ...event, request } as never);
}

beforeAll(async () => {
	let smtp: unknown;
	({ app, smtp, close } = await startAppForRoutes());
	const ctx = { ...app, smtp } as unknown as TestContext;
	alliance = await makeAlliance(ctx);
	const partner = await makePartner(ctx, alliance.id, 'Familienzentrum Am Hafen');
	await app.db
		.updateTable('partner')
		.set({ public_email: 'hafen@example.org' })
		.where('id', '=', partner.id)
		.execute();
	const day = localDate(new Date(Date.now() + 7 * 86400_000));
	const event = await createEvent(
		app,
		SYSTEM_ACTOR,
		alliance.id,
		eventInput({
			title: 'Elterncafé',
			start: berlin(day, '09:30'),
			end: berlin(day, '11:00'),
			rrule: 'FREQ=WEEKLY;COUNT=6',
			organiserPartnerId: partner.id
		}),
		{ status: 'published' }
	);
	slug = event.slug;
});

afterAll(async () => {
	await close();
});

const interfaces = () => [
	{ name: 'JSON', module: api, path: '/api/termine?alter=0-3' },
	{ name: 'OpenAPI', module: openapi, path: '/api/openapi.json' },
	{ name: 'iCalendar feed', module: feedIcs, path: '/termine/feed.ics' },
	{ name: 'RSS', module: feedRss, path: '/termine/feed.rss' },
	{ name: 'event .ics', module: eventIcs, path: `/termine/${slug}/termin.ics`, params: { slug } }
];

describe('CORS and conditional requests on every public interface', () => {
	it('answers the preflight of a cross-origin conditional request', async () => {
		for (const i of interfaces()) {
			const res = await call(i.module.OPTIONS, i.path, {
				method: 'OPTIONS',
				params: i.params,
				headers: {
					origin: 'https://kita-regenbogen.example',
					'access-control-request-method': 'GET',
					'access-control-request-headers': 'if-none-match'
				}
			});
			expect(res.status, i.name).toBe(204);
			expect(res.headers.get('access-control-allow-origin'), i.name).toBe('*');
			expect(res.headers.get('access-control-allow-methods'), i.name).toContain('GET');
			expect(res.headers.get('access-control-allow-headers')?.toLowerCase(), i.name).toContain(
				'if-none-match'
			);
		}
	});

	it('sends CORS headers, exposes the ETag and answers 304 to If-None-Match', async () => {
		for (const i of interfaces()) {
			const first = await call(i.module.GET, i.path, { params: i.params });
			expect(first.status, i.name).toBe(200);
			expect(first.headers.get('access-control-allow-origin'), i.name).toBe('*');
			const exposed = (first.headers.get('access-control-expose-headers') ?? '').toLowerCase();
			expect(exposed, i.name).toContain('etag');
			const etag = first.headers.get('etag');
			expect(etag, i.name).toMatch(/^"[\w-]+"$/);
			const again = await call(i.module.GET, i.path, {
				params: i.params,
				headers: { 'if-none-match': etag! }
			});
			expect(again.status, i.name).toBe(304);
			expect(again.headers.get('access-control-allow-origin'), i.name).toBe('*');
			expect(again.headers.get('etag'), i.name).toBe(etag);
			expect(await again.text(), i.name).toBe('');
		}
	});
});

describe('event iCalendar', () => {
	it("names the organising partner's public address as ORGANIZER", async () => {
		const res = await call(eventIcs.GET, `/termine/${slug}/termin.ics`, { params: { slug } });
		const text = (await res.text()).replace(/\r\n[ \t]/g, '');
		expect(text).toMatch(
			/^ORGANIZER;CN="?Familienzentrum Am Hafen"?:mailto:hafen@example\.org\r?$/m
		);
	});
});

describe('OpenAPI document', () => {
	it('is a valid OpenAPI 3.1 document describing every public JSON endpoint', async () => {
		const res = await call(openapi.GET, '/api/openapi.json');
		const doc = (await res.json()) as {
			openapi: string;
			servers: { url: string }[];
			paths: Record<string, unknown>;
		};
		const validator = new Validator();
		const result = await validator.validate(doc);
		expect(result.errors ?? []).toEqual([]);
		expect(result.valid).toBe(true);
		expect(validator.version).toBe('3.1');
		expect(Object.keys(doc.paths).sort()).toEqual(
			[
				'/api/openapi.json',
				'/api/termine',
				'/api/hsds',
				'/api/hsds/datapackage.zip',
				'/api/hsds/organizations',
				'/api/hsds/organizations/{id}',
				'/api/hsds/service_at_locations',
				'/api/hsds/services',
				'/api/hsds/services/{id}',
				'/api/hsds/taxonomies',
				'/api/hsds/taxonomy_terms'
			].sort()
		);
		// The server URL comes from configuration (PUBLIC_URL), not from the request.
		expect(doc.servers[0]?.url).toBe('http://localhost:5999');
	});

	it('describes what /api/termine really answers', async () => {
		const res = await call(api.GET, '/api/termine?anzahl=3');
		const body = (await res.json()) as Record<string, unknown> & { items: object[] };
		expect(Object.keys(body).sort()).toEqual([...schemas.OccurrencePage.required].sort());
		expect(body.items.length).toBe(3);
		for (const item of body.items) {
			expect(Object.keys(item).sort()).toEqual([...schemas.Occurrence.required].sort());
			const o = item as { cost: object; place: object; targetGroups: string[]; start: string };
			expect(Object.keys(o.cost).sort()).toEqual(
				[...schemas.Occurrence.properties.cost.required].sort()
			);
			expect(Object.keys(o.place).sort()).toEqual(
				[...schemas.Occurrence.properties.place.required].sort()
			);
			for (const g of o.targetGroups)
				expect(schemas.Occurrence.properties.targetGroups.items.enum).toContain(g);
			expect(new Date(o.start).toISOString()).toBe(o.start);
		}
	});

	it('is linked from docs/api.md', async () => {
		const fs = await import('node:fs');
		expect(fs.readFileSync('docs/api.md', 'utf8')).toContain('/api/openapi.json');
	});
});
