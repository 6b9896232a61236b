import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../tests/support/context.ts';
import { makeAlliance, makePerson, type TestPerson } from '../../../../tests/factories/accounts.ts';
import type { Alliance } from '../alliances/alliance.types.ts';
import { seedPartnersDemo } from '../partners/partners.demo.ts';
import { listServices } from './hsds-services.service.ts';
import { listCategories } from './offer-category.service.ts';
import { importOffersCsv, previewOffersCsv } from './offer-import.service.ts';
import { offerById } from './offer.service.ts';
import { seedOffersDemo } from './offers.demo.ts';
import * as repo from './offer.repository.ts';

/*
 * HSDS 3.0 JSON imported through the same preview and all-or-nothing import as CSV: another
 * Familienwegweiser's services (our own export, `/api/hsds/services?full=true`, into a second
 * alliance) and a file as another directory might write it (three-letter language codes,
 * several weekdays in one schedule, a free cost option).
 */

let ctx: TestContext;
let source: Alliance;
let target: Alliance;
let coordinator: TestPerson;

const actor = (p: TestPerson) => ({ userId: p.userId, platformAdmin: false });

async function offersOf(alliance: Alliance) {
	const rows = await repo.findOffersForAdmin(ctx.db, alliance.id);
	return Promise.all(rows.map(async (r) => (await offerById(ctx, alliance.id, r.id))!));
}

beforeAll(async () => {
	ctx = await createTestContext();
	source = await makeAlliance(ctx);
	target = await makeAlliance(ctx);
	coordinator = await makePerson(ctx, { alliance: target, role: 'coordinator' });
	await seedPartnersDemo(ctx, source.id);
	await seedOffersDemo(ctx, source.id);
	await listCategories(ctx, target.id);
});
afterAll(async () => ctx.close());

describe('offers from HSDS 3.0 JSON', () => {
	it('takes another Familienwegweiser’s services over: names, situations, place, hours, languages, cost', async () => {
		const exported = await listServices(
			ctx,
			{ url: 'https://quelle.example', allianceId: source.id, allianceName: 'Quelle' },
			{
				page: 1,
				perPage: 200,
				search: '',
				taxonomyTermId: '',
				taxonomyId: '',
				organizationId: '',
				modifiedAfter: '',
				full: true
			}
		);
		expect(exported.contents.length).toBeGreaterThan(40);
		const file = JSON.stringify(exported);
		const preview = (await previewOffersCsv(ctx, actor(coordinator), target.id, file))!;
		expect(preview.rows.filter((r) => r.errors.length).map((r) => [r.name, r.errors])).toEqual([]);
		const result = (await importOffersCsv(ctx, actor(coordinator), target.id, file))!;
		expect(result.imported).toBe(exported.contents.length);

		const before = new Map((await offersOf(source)).map((o) => [o.name, o]));
		const after = await offersOf(target);
		expect(after).toHaveLength(exported.contents.length);
		for (const o of after) {
			const was = before.get(o.name)!;
			expect(was, o.name).toBeDefined();
			expect(o.categories.map((c) => c.slug).sort(), o.name).toEqual(
				was.categories.map((c) => c.slug).sort()
			);
			expect(o.languages.sort(), o.name).toEqual([...was.languages].sort());
			expect([o.costKind, o.costText], o.name).toEqual([was.costKind, was.costText]);
			expect([o.minAgeMonths, o.maxAgeMonths], o.name).toEqual([
				was.minAgeMonths,
				was.maxAgeMonths
			]);
			expect(o.access.sort(), o.name).toEqual([...was.access].sort());
			expect(o.provider.name, o.name).toBe(was.provider.name);
			const [place] = o.locations;
			const [wasPlace] = was.locations;
			expect(place?.street, o.name).toBe(wasPlace?.street);
			expect(place?.postalCode, o.name).toBe(wasPlace?.postalCode);
			expect(place?.hours, o.name).toEqual(wasPlace?.hours);
			expect(place?.wheelchair, o.name).toBe(wasPlace?.wheelchair);
		}
	});

	it('reads what other directories write, and imports nothing while one service is wrong', async () => {
		const service = (name: string, term: { code?: string; name: string }) => ({
			id: crypto.randomUUID(),
			name,
			description: 'Offener Treff für Eltern mit Babys.',
			status: 'active',
			organization: { name: 'Stadtteilbüro Nord', website: 'https://nord.example' },
			languages: [{ code: 'deu' }, { code: 'ARA' }],
			cost_options: [{ amount: 0, currency: 'EUR' }],
			minimum_age: 0,
			maximum_age: 1.5,
			attributes: [{ taxonomy_term: term }],
			service_at_locations: [
				{
					location: {
						name: 'Stadtteilbüro Nord',
						addresses: [{ address_1: 'Nordring 4', postal_code: '12350', city: 'Musterstadt' }]
					},
					schedules: [{ freq: 'WEEKLY', byday: 'MO,WE', opens_at: '09:00:00', closes_at: '11:30' }]
				}
			]
		});
		const good = service('Babytreff Nord', { name: 'Baby und Kleinkind' });
		const bad = service('Unbekanntes', { code: 'open-eligibility-123', name: 'Food Pantry' });
		const file = JSON.stringify({ contents: [good, bad] });
		const count = (await offersOf(target)).length;
		const refused = (await importOffersCsv(ctx, actor(coordinator), target.id, file))!;
		expect(refused.imported).toBe(0);
		expect(refused.rows[1]!.errors).toEqual([
			expect.objectContaining({ key: 'offers.csv.errorCategory', params: { value: 'Food Pantry' } })
		]);
		expect((await offersOf(target)).length).toBe(count);

		const done = (await importOffersCsv(
			ctx,
			actor(coordinator),
			target.id,
			JSON.stringify([good])
		))!;
		expect(done.imported).toBe(1);
		const offer = (await offersOf(target)).find((o) => o.name === 'Babytreff Nord')!;
		expect(offer.languages.sort()).toEqual(['ar', 'de']);
		expect(offer.costKind).toBe('free');
		expect([offer.minAgeMonths, offer.maxAgeMonths]).toEqual([0, 18]);
		expect(offer.provider).toMatchObject({
			name: 'Stadtteilbüro Nord',
			url: 'https://nord.example'
		});
		expect(offer.locations[0]?.hours).toEqual([
			{ weekday: 1, opens: '09:00', closes: '11:30' },
			{ weekday: 3, opens: '09:00', closes: '11:30' }
		]);
	});

	it('says so when a JSON file holds no services', async () => {
		for (const file of ['{"foo": 1}', '[]', '{"contents": [{"title": "x"}]}', '{ kaputt']) {
			expect(await previewOffersCsv(ctx, actor(coordinator), target.id, file), file).toBeNull();
		}
	});
});
