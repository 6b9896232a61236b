import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../tests/support/context.ts';
import { makeAlliance, makePerson } from '../../../../tests/factories/accounts.ts';
import { makePartner } from '../../../../tests/factories/events.ts';
import { translate } from '../../i18n/index.ts';
import type { Alliance } from '../alliances/alliance.types.ts';
import { createOffer } from './offer-admin.service.ts';
import { offerBooklet, type BookletOptions } from './offer-booklet.service.ts';
import { listCategories } from './offer-category.service.ts';
import type { OfferCategory, OfferValues } from './offer.types.ts';

/** The text of every page, read by an independent parser (Mozilla's PDF.js). */
async function pdfText(bytes: Buffer): Promise<{ pages: number; text: string; title: unknown }> {
	const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
	const pages: string[] = [];
	for (let n = 1; n <= pdf.numPages; n++) {
		const content = await (await pdf.getPage(n)).getTextContent();
		pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
	}
	const meta = await pdf.getMetadata();
	return {
		pages: pdf.numPages,
		text: pages.join(' ').replace(/\s+/g, ' '),
		title: (meta.info as Record<string, unknown>).Title
	};
}

let ctx: TestContext;
let a: Alliance;
let b: Alliance;
let categories: OfferCategory[];
const cat = (slug: string) => categories.find((c) => c.slug === slug)!;

function values(v: Partial<OfferValues>): OfferValues {
	return {
		name: '',
		summary: '',
		description: '',
		partnerId: null,
		providerName: 'Stadt Musterstadt',
		providerUrl: '',
		minAgeMonths: null,
		maxAgeMonths: null,
		costKind: 'free',
		costText: '',
		languages: ['de'],
		access: ['walk_in'],
		accessNote: '',
		contactName: '',
		email: '',
		phone: '',
		url: '',
		links: [],
		categoryIds: [],
		location: null,
		...v
	};
}

const options = (o: Partial<BookletOptions> = {}): BookletOptions => ({
	category: '',
	siteUrl: 'https://buendnis.example/b/musterstadt',
	t: (key, params) => translate('de', key, params),
	lang: 'de-DE',
	...o
});

beforeAll(async () => {
	ctx = await createTestContext();
	a = await makeAlliance(ctx);
	b = await makeAlliance(ctx);
	const coordinator = await makePerson(ctx, { alliance: a, role: 'coordinator' });
	const coordinatorB = await makePerson(ctx, { alliance: b, role: 'coordinator' });
	const actor = { userId: coordinator.userId, platformAdmin: false };
	categories = await listCategories(ctx, a.id);
	const partner = await makePartner(ctx, a.id, 'Familienzentrum Am Hafen');
	await createOffer(
		ctx,
		actor,
		a.id,
		values({
			name: 'Krabbelgruppe Sonnenschein',
			summary: 'Spielen und Kontakte für die Kleinsten',
			partnerId: partner.id,
			providerName: '',
			minAgeMonths: 6,
			maxAgeMonths: 36,
			languages: ['de', 'tr'],
			phone: '0123 45678',
			categoryIds: [cat('baby-kleinkind').id],
			location: {
				name: 'Familienzentrum',
				street: 'Kaistraße 12',
				postalCode: '12349',
				city: 'Musterstadt',
				district: 'Am Hafen',
				latitude: null,
				longitude: null,
				wheelchair: true,
				accessibility: '',
				hoursNote: 'In den Ferien geschlossen',
				hours: [
					{ weekday: 1, opens: '09:00', closes: '11:00' },
					{ weekday: 2, opens: '09:00', closes: '11:00' },
					{ weekday: 3, opens: '09:00', closes: '11:00' },
					{ weekday: 5, opens: '15:00', closes: '17:30' }
				]
			}
		})
	);
	await createOffer(
		ctx,
		actor,
		a.id,
		values({
			name: 'Pflegeberatung im Rathaus',
			costKind: 'amount',
			costText: '5 € je Termin',
			email: 'pflege@musterstadt.example',
			categoryIds: [cat('pflege-angehoerige').id]
		})
	);
	await createOffer(
		ctx,
		actor,
		a.id,
		values({ name: 'Entwurf: Elterncafé', categoryIds: [cat('baby-kleinkind').id] }),
		'draft'
	);
	await createOffer(
		ctx,
		{ userId: coordinatorB.userId, platformAdmin: false },
		b.id,
		values({
			name: 'Angebot des anderen Bündnisses',
			categoryIds: [(await listCategories(ctx, b.id))[0]!.id]
		})
	);
});
afterAll(async () => {
	await ctx.close();
});

describe('the printable Familienwegweiser', () => {
	it('lists every published offer of the alliance with hours as text, cost, languages and contact', async () => {
		const booklet = await offerBooklet(ctx, a, options());
		expect(booklet!.filename).toBe('familienwegweiser.pdf');
		const { text, title, pages } = await pdfText(booklet!.bytes);
		expect(title).toBe(`Familienwegweiser – ${a.name}`);
		expect(pages).toBeGreaterThanOrEqual(3);
		expect(text).toContain(a.name);
		expect(text).toContain(cat('baby-kleinkind').name);
		expect(text).toContain(cat('pflege-angehoerige').name);
		expect(text).toContain('Krabbelgruppe Sonnenschein');
		expect(text).toContain('Familienzentrum Am Hafen');
		expect(text).toContain('Kaistraße 12, 12349 Musterstadt');
		expect(text).toContain('Montag–Mittwoch: 09:00–11:00 Uhr; Freitag: 15:00–17:30 Uhr');
		expect(text).toContain('In den Ferien geschlossen');
		expect(text).toContain('Deutsch, Türkisch');
		expect(text).toContain('0123 45678');
		expect(text).toContain('Pflegeberatung im Rathaus');
		expect(text).toContain('kostenpflichtig – 5 € je Termin');
		expect(text).toContain('pflege@musterstadt.example');
		// Links come from the configured address, not from a request.
		expect(text).toContain('https://buendnis.example/b/musterstadt/angebote');
		expect(text).not.toContain('Entwurf: Elterncafé');
		expect(text).not.toContain('Angebot des anderen Bündnisses');
	});

	it('prints one Lebenslage on its own, and knows no unknown one', async () => {
		const booklet = await offerBooklet(ctx, a, options({ category: 'pflege-angehoerige' }));
		expect(booklet!.filename).toBe('familienwegweiser-pflege-angehoerige.pdf');
		const { text, title } = await pdfText(booklet!.bytes);
		expect(title).toBe(`Familienwegweiser: ${cat('pflege-angehoerige').name} – ${a.name}`);
		expect(text).toContain('Pflegeberatung im Rathaus');
		expect(text).not.toContain('Krabbelgruppe Sonnenschein');
		expect(await offerBooklet(ctx, a, options({ category: 'gibt-es-nicht' }))).toBeNull();
	});

	it('speaks English when asked', async () => {
		const booklet = await offerBooklet(
			ctx,
			a,
			options({ t: (key, params) => translate('en', key, params), lang: 'en' })
		);
		const { text } = await pdfText(booklet!.bytes);
		expect(text).toContain('Opening hours');
		expect(text).toContain('Monday–Wednesday: 09:00–11:00');
	});
});
