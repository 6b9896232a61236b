import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../tests/support/context.ts';
import { makeAlliance, makePerson, type TestPerson } from '../../../../tests/factories/accounts.ts';
import { makePartner } from '../../../../tests/factories/events.ts';
import type { Alliance } from '../alliances/alliance.types.ts';
import { createOffer } from './offer-admin.service.ts';
import { listCategories } from './offer-category.service.ts';
import { parseCsv } from './offer-csv.ts';
import { exportOffersCsv, importOffersCsv, previewOffersCsv } from './offer-import.service.ts';
import { offerDirectory } from './offer-public.service.ts';
import { readOfferFilters } from './offer.schema.ts';

let ctx: TestContext;
let a: Alliance;
let b: Alliance;
let coordinator: TestPerson;
let coordinatorB: TestPerson;

const actor = (p: TestPerson) => ({ userId: p.userId, platformAdmin: false });
const count = async (alliance = a) =>
	(await ctx.db.selectFrom('offer').select('id').where('alliance_id', '=', alliance.id).execute())
		.length;

beforeAll(async () => {
	ctx = await createTestContext();
	a = await makeAlliance(ctx);
	b = await makeAlliance(ctx);
	coordinator = await makePerson(ctx, { alliance: a, role: 'coordinator' });
	coordinatorB = await makePerson(ctx, { alliance: b, role: 'coordinator' });
	const partner = await makePartner(ctx, a.id, 'Familienzentrum Am Hafen');
	const categories = await listCategories(ctx, a.id);
	await createOffer(ctx, actor(coordinator), a.id, {
		name: 'Krabbelgruppe',
		summary: 'Für die Kleinsten; mit "Tee"',
		description: 'Zeile eins\nZeile zwei',
		partnerId: partner.id,
		providerName: '',
		providerUrl: '',
		minAgeMonths: 6,
		maxAgeMonths: 36,
		costKind: 'free',
		costText: '',
		languages: ['de', 'tr'],
		access: ['walk_in'],
		accessNote: '',
		contactName: '',
		email: '',
		phone: '',
		url: '',
		links: [{ label: 'Flyer', url: 'https://example.org/flyer.pdf' }],
		categoryIds: [categories.find((c) => c.slug === 'baby-kleinkind')!.id],
		location: {
			name: '',
			street: 'Kaistraße 12',
			postalCode: '12349',
			city: 'Musterstadt',
			district: 'Am Hafen',
			latitude: 51.5,
			longitude: 9.9,
			wheelchair: true,
			accessibility: '',
			hoursNote: '',
			hours: [
				{ weekday: 3, opens: '09:30', closes: '11:00' },
				{ weekday: 5, opens: '09:30', closes: '11:00' }
			]
		}
	});
});
afterAll(async () => {
	await ctx.close();
});

describe('CSV of offers', () => {
	it('exports a file that imports again unchanged (same format both ways)', async () => {
		const csv = await exportOffersCsv(ctx, actor(coordinator), a.id);
		expect(csv.startsWith('\uFEFFid;name;')).toBe(true);
		const table = parseCsv(csv)!;
		expect(table).toHaveLength(2);
		expect(table[1]).toContain('Für die Kleinsten; mit "Tee"');
		expect(table[1]).toContain('Mi 09:30-11:00; Fr 09:30-11:00');
		const result = await importOffersCsv(ctx, actor(coordinator), a.id, csv);
		expect(result?.imported).toBe(1);
		expect(await count()).toBe(1);
		const [offer] = (await offerDirectory(ctx, a.id, readOfferFilters(new URLSearchParams())))
			.offers;
		expect(offer).toMatchObject({
			name: 'Krabbelgruppe',
			languages: ['de', 'tr'],
			minAgeMonths: 6
		});
		expect(offer?.locations[0]?.hours).toHaveLength(2);
		expect(offer?.links).toEqual([{ label: 'Flyer', url: 'https://example.org/flyer.pdf' }]);
	});

	it('imports new rows, all or nothing, with an error for every bad row', async () => {
		const good =
			'name,lebenslagen,anbieter_sonstige,kosten,sprachen,oeffnungszeiten,strasse,stadtteil\n' +
			'Pflegeberatung,Pflege von Angehörigen,Pflegestützpunkt,kostenlos,"de, pl",Mo-Fr 09:00-12:00,Rathausplatz 1,Altstadt\n';
		const bad =
			good +
			'Hausaufgabenhilfe,Unbekannte Lebenslage,,kostenlos,de,montags,Schulstraße 1,Altstadt\n';
		const preview = await previewOffersCsv(ctx, actor(coordinator), a.id, bad);
		const errors = preview!.rows[1]!.errors.map((e) => e.field);
		expect(errors).toEqual(
			expect.arrayContaining(['lebenslagen', 'oeffnungszeiten', 'anbieter_sonstige'])
		);
		const refused = await importOffersCsv(ctx, actor(coordinator), a.id, bad);
		expect(refused?.imported).toBe(0);
		expect(await count()).toBe(1);
		const done = await importOffersCsv(ctx, actor(coordinator), a.id, good);
		expect(done?.imported).toBe(1);
		expect(await count()).toBe(2);
	});

	it('does not let another alliance change these offers through their ids', async () => {
		const csv = await exportOffersCsv(ctx, actor(coordinator), a.id);
		const result = await importOffersCsv(ctx, actor(coordinatorB), b.id, csv);
		expect(result?.imported).toBe(0);
		expect(result?.rows[0]?.errors.map((e) => e.field)).toContain('id');
		expect(await count(b)).toBe(0);
	});

	it('refuses what is not a CSV with a name column', async () => {
		expect(await previewOffersCsv(ctx, actor(coordinator), a.id, 'foo;bar\n1;2')).toBeNull();
		expect(await previewOffersCsv(ctx, actor(coordinator), a.id, 'name\n"offen')).toBeNull();
	});
});
