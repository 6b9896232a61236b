import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../tests/support/context.ts';
import { makeAlliance } from '../../../../tests/factories/accounts.ts';
import type { Alliance } from '../alliances/alliance.types.ts';
import { seedPartnersDemo } from '../partners/partners.demo.ts';
import { categoryCounts, offerDirectory } from './offer-public.service.ts';
import { readOfferFilters } from './offer.schema.ts';
import { seedOffersDemo } from './offers.demo.ts';

let ctx: TestContext;
let a: Alliance;

beforeAll(async () => {
	ctx = await createTestContext();
	a = await makeAlliance(ctx);
	await seedPartnersDemo(ctx, a.id);
	expect(await seedOffersDemo(ctx, a.id)).toBeGreaterThanOrEqual(55);
});
afterAll(async () => {
	await ctx.close();
});

const find = (q: string) => offerDirectory(ctx, a.id, readOfferFilters(new URLSearchParams(q)));

describe('demo offers', () => {
	it('cover every Lebenslage, mostly from demo partners, and are added only once', async () => {
		const counts = await categoryCounts(ctx, a.id);
		for (const { category, count } of counts)
			expect(count, category.name).toBeGreaterThanOrEqual(3);
		const all = await find('seite=1');
		const fromPartners = (await Promise.all([1, 2, 3].map((p) => find(`seite=${p}`))))
			.flatMap((d) => d.offers)
			.filter((o) => o.provider.partnerId);
		expect(fromPartners.length / all.total).toBeGreaterThan(0.8);
		expect(await seedOffersDemo(ctx, a.id)).toBe(0);
	});

	it('have a care advice point with opening hours and a Turkish-speaking toddler group', async () => {
		const care = await find('lebenslage=pflege-angehoerige&suche=pflegeberatung');
		expect(care.offers[0]?.locations[0]?.hours.length).toBeGreaterThan(5);
		const toddlers = await find('lebenslage=baby-kleinkind&sprache=tr');
		expect(toddlers.offers.map((o) => o.name)).toContain('Krabbelgruppe „Kleine Hafenmäuse“');
		expect((await find('suche=krabbelgruppe+t%C3%BCrkisch')).offers.map((o) => o.name)).toContain(
			'Krabbelgruppe „Kleine Hafenmäuse“'
		);
	});
});
