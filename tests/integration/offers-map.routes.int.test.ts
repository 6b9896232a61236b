import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getAlliance } from '../../src/lib/server/alliances/alliance.service.ts';
import type { Alliance } from '../../src/lib/server/alliances/alliance.types.ts';
import type { App } from '../../src/lib/server/app.ts';
import { resetEnv } from '../../src/lib/server/env.ts';
import { seedOffersDemo } from '../../src/lib/server/offers/offers.demo.ts';
import { seedPartnersDemo } from '../../src/lib/server/partners/partners.demo.ts';
import { makeAlliance } from '../factories/accounts.ts';
import { requestEvent, startAppForRoutes } from '../support/app-for-routes.ts';
import type { TestContext } from '../support/context.ts';
import type { TestSmtp } from '../support/smtp.ts';
import * as detail from '../../src/routes/angebote/[slug]/+page.server.ts';
import * as list from '../../src/routes/angebote/liste/+page.server.ts';

/*
 * With MAP_TILE_URL set, the list and the detail page carry a small map whose tiles come from
 * that server only (without the setting there is none: offers-exports.routes.int.test.ts).
 */

let app: App;
let smtp: TestSmtp;
let close: () => Promise<void>;
let alliance: Alliance;
const TILES = 'https://kacheln.example.org/osm/{z}/{x}/{y}.png';

type Load = (event: never) => Promise<Record<string, unknown>>;
interface MapData {
	tiles: { src: string }[];
	pins: { label: string; dx: number; dy: number }[];
	attribution: string;
}

beforeAll(async () => {
	process.env.MAP_TILE_URL = TILES;
	process.env.MAP_TILE_ATTRIBUTION = '© Kartenmacher Musterstadt';
	({ app, smtp, close } = await startAppForRoutes());
	const ctx = { ...app, smtp } as unknown as TestContext;
	alliance = (await getAlliance(app, (await makeAlliance(ctx)).id))!;
	await seedPartnersDemo(ctx, alliance.id);
	await seedOffersDemo(ctx, alliance.id);
}, 120_000);
afterAll(async () => {
	delete process.env.MAP_TILE_URL;
	delete process.env.MAP_TILE_ATTRIBUTION;
	resetEnv();
	await close();
});

const load = (module: { load: unknown }, url: string, params: Record<string, string> = {}) =>
	(module.load as Load)(
		requestEvent({
			url: `http://localhost:5999${url}`,
			locals: { alliance, prefix: '', locale: 'de', viewer: null },
			params
		}) as never
	);

describe('maps of the Familienwegweiser', () => {
	it('the list shows the places of the offers on its page, tiles only from the tile server', async () => {
		const data = await load(list, '/angebote/liste');
		const map = data.map as MapData;
		expect(map.attribution).toBe('© Kartenmacher Musterstadt');
		expect(map.tiles.length).toBeGreaterThan(0);
		for (const tile of map.tiles) {
			expect(tile.src).toMatch(/^https:\/\/kacheln\.example\.org\/osm\/\d+\/\d+\/\d+\.png$/);
		}
		const names = (data.offers as { name: string }[]).map((o) => o.name);
		expect(map.pins.length).toBeGreaterThan(1);
		for (const pin of map.pins) expect(names).toContain(pin.label);
	});

	it('the detail page centres the offer’s place', async () => {
		const listed = await load(list, '/angebote/liste?suche=krabbelgruppe');
		const slug = (listed.offers as { slug: string; name: string }[]).find((o) =>
			o.name.startsWith('Krabbelgruppe')
		)!.slug;
		const data = await load(detail, `/angebote/${slug}`, { slug });
		const map = data.map as MapData;
		expect(map.pins).toEqual([
			{ dx: 0, dy: 0, label: expect.stringContaining('Krabbelgruppe') as unknown as string }
		]);
		expect(map.tiles[0]!.src).toMatch(/^https:\/\/kacheln\.example\.org\/osm\/16\//);
	});
});
