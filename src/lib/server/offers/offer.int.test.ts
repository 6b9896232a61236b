import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../tests/support/context.ts';
import { makeAlliance, makePerson, type TestPerson } from '../../../../tests/factories/accounts.ts';
import { linkPartnerContact, makePartner } from '../../../../tests/factories/events.ts';
import type { Alliance } from '../alliances/alliance.types.ts';
import { AppError } from '../app-error.ts';
import { savePartnerSettings } from '../partners/partner-self.service.ts';
import { createOffer, decidePendingOffer, updateOffer } from './offer-admin.service.ts';
import { listCategories, removeCategory } from './offer-category.service.ts';
import { confirmOffer, offerOfToken, sendDueReminders } from './offer-check.service.ts';
import { offerDirectory, publicOffer } from './offer-public.service.ts';
import { createOwnOffer, ownOffer, updateOwnOffer } from './offer-self.service.ts';
import { offerFormSchema, readOfferFilters, valuesFromForm } from './offer.schema.ts';
import type { OfferCategory, OfferValues } from './offer.types.ts';

let ctx: TestContext;
let a: Alliance;
let b: Alliance;
let coordinator: TestPerson;
let contact: TestPerson;
let categories: OfferCategory[];
let partner: { id: string; name: string };
let otherPartner: { id: string };
let partnerOfB: { id: string };

const actor = (p: TestPerson) => ({ userId: p.userId, email: p.email, platformAdmin: false });
const cat = (slug: string) => categories.find((c) => c.slug === slug)!.id;

function values(overrides: Partial<OfferValues> = {}): OfferValues {
	return {
		name: 'Krabbelgruppe Sonnenschein',
		summary: 'Spielen und Kontakte für die Kleinsten',
		description: '',
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
		links: [],
		categoryIds: [cat('baby-kleinkind')],
		location: {
			name: 'Familienzentrum',
			street: 'Kaistraße 12',
			postalCode: '12349',
			city: 'Musterstadt',
			district: 'Am Hafen',
			latitude: 52.1,
			longitude: 9.9,
			wheelchair: true,
			accessibility: '',
			hoursNote: '',
			hours: [{ weekday: 1, opens: '09:00', closes: '11:00' }]
		},
		...overrides
	};
}

async function expectRule(promise: Promise<unknown>, status: number) {
	const error = await promise.then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(AppError);
	expect((error as AppError).status).toBe(status);
}

beforeAll(async () => {
	ctx = await createTestContext();
	a = await makeAlliance(ctx);
	b = await makeAlliance(ctx);
	coordinator = await makePerson(ctx, { alliance: a, role: 'coordinator' });
	contact = await makePerson(ctx, { alliance: a, role: 'partner' });
	partner = await makePartner(ctx, a.id, 'Familienzentrum Am Hafen');
	otherPartner = await makePartner(ctx, a.id, 'Sportverein');
	partnerOfB = await makePartner(ctx, b.id, 'Partner im anderen Bündnis');
	await linkPartnerContact(ctx, a.id, partner.id, contact.userId);
	categories = await listCategories(ctx, a.id);
});
afterAll(async () => {
	await ctx.close();
});

describe('offers', () => {
	it('starts every alliance with the thirteen Lebenslagen', () => {
		expect(categories.map((c) => c.name)).toContain('Pflege von Angehörigen');
		expect(categories).toHaveLength(13);
	});

	it('reads the form: ages in years or months, opening hours, provider required', () => {
		const parsed = offerFormSchema.safeParse({
			name: 'Pflegeberatung',
			partnerId: '',
			providerName: '',
			categoryIds: cat('pflege-angehoerige'),
			ageFrom: '1',
			ageFromUnit: 'y',
			h1_1_open: '09:00',
			h1_1_close: '08:00'
		});
		expect(parsed.success).toBe(false);
		const paths = parsed.error!.issues.map((i) => i.path.join('.'));
		expect(paths).toEqual(expect.arrayContaining(['providerName', 'h1_1_close']));
		const ok = offerFormSchema.parse({
			name: 'Pflegeberatung',
			providerName: 'Pflegestützpunkt',
			categoryIds: [cat('pflege-angehoerige')],
			ageFrom: '18',
			ageFromUnit: 'm',
			ageTo: '3',
			ageToUnit: 'y',
			languages: 'tr',
			h2_1_open: '09:00',
			h2_1_close: '12:00',
			h2_2_open: '14:00',
			h2_2_close: '16:00',
			loc_street: 'Rathausplatz 1'
		});
		const v = valuesFromForm(ok);
		expect(v).toMatchObject({ minAgeMonths: 18, maxAgeMonths: 36, languages: ['tr'] });
		expect(v.location?.hours).toEqual([
			{ weekday: 2, opens: '09:00', closes: '12:00' },
			{ weekday: 2, opens: '14:00', closes: '16:00' }
		]);
	});

	it('refuses a partner or category of another alliance', async () => {
		await expectRule(
			createOffer(ctx, actor(coordinator), a.id, values({ partnerId: partnerOfB.id })),
			400
		);
		const bCats = await listCategories(ctx, b.id);
		await expectRule(
			createOffer(ctx, actor(coordinator), a.id, values({ categoryIds: [bCats[0]!.id] })),
			400
		);
	});

	it('finds offers by Lebenslage, language, age, district, open day and text', async () => {
		await createOffer(ctx, actor(coordinator), a.id, values());
		await createOffer(
			ctx,
			actor(coordinator),
			a.id,
			values({
				name: 'Pflegeberatung im Rathaus',
				partnerId: null,
				providerName: 'Pflegestützpunkt Musterstadt',
				minAgeMonths: null,
				maxAgeMonths: null,
				costKind: 'amount',
				languages: ['de'],
				categoryIds: [cat('pflege-angehoerige')],
				location: { ...values().location!, district: 'Altstadt', wheelchair: false, hours: [] }
			})
		);
		const find = async (q: string) =>
			(await offerDirectory(ctx, a.id, readOfferFilters(new URLSearchParams(q)))).offers.map(
				(o) => o.name
			);
		expect(await find('lebenslage=baby-kleinkind&sprache=tr')).toEqual([
			'Krabbelgruppe Sonnenschein'
		]);
		expect(await find('sprache=tr&lebenslage=pflege-angehoerige')).toEqual([]);
		expect(await find('suche=krabbelgruppe+t%C3%BCrkisch')).toEqual(['Krabbelgruppe Sonnenschein']);
		expect(await find('suche=tuerkisch')).toEqual(['Krabbelgruppe Sonnenschein']);
		expect(await find('alter=5')).toEqual(['Pflegeberatung im Rathaus']);
		expect(await find('alter=1&kostenlos=ja')).toEqual(['Krabbelgruppe Sonnenschein']);
		expect(await find('stadtteil=Altstadt')).toEqual(['Pflegeberatung im Rathaus']);
		expect(await find('barrierefrei=ja')).toEqual(['Krabbelgruppe Sonnenschein']);
		expect(await find('geoeffnet=1')).toEqual(['Krabbelgruppe Sonnenschein']);
		expect(await find('geoeffnet=2')).toEqual([]);
		expect(await find('lebenslage=gibt-es-nicht')).toEqual([]);
		// Another alliance sees none of them.
		expect((await offerDirectory(ctx, b.id, readOfferFilters(new URLSearchParams()))).total).toBe(
			0
		);
	});

	it('marks offers unchecked for 18 months and hides them after 24', async () => {
		const { slug, id } = await createOffer(
			ctx,
			actor(coordinator),
			a.id,
			values({ name: 'Altes Angebot' })
		);
		const old = (months: number) => {
			const d = new Date();
			d.setUTCMonth(d.getUTCMonth() - months);
			return d.toISOString();
		};
		await ctx.db
			.updateTable('offer')
			.set({ last_checked_at: old(19) })
			.where('id', '=', id)
			.execute();
		expect((await publicOffer(ctx, a.id, slug))?.outdated).toBe(true);
		await ctx.db
			.updateTable('offer')
			.set({ last_checked_at: old(25) })
			.where('id', '=', id)
			.execute();
		expect(await publicOffer(ctx, a.id, slug)).toBeNull();
	});

	it('refuses to remove a Lebenslage still in use', async () => {
		await expectRule(removeCategory(ctx, actor(coordinator), a.id, cat('baby-kleinkind')), 409);
	});
});

describe('partner contacts keep their own offers', () => {
	it('publishes at once without approval, and only for their own partner', async () => {
		const { id, pending } = await createOwnOffer(
			ctx,
			actor(contact),
			a.id,
			values({ name: 'Elterncafé' })
		);
		expect(pending).toBe(false);
		expect((await ownOffer(ctx, actor(contact), a.id, id)).status).toBe('published');
		await expectRule(
			createOwnOffer(ctx, actor(contact), a.id, values({ partnerId: otherPartner.id })),
			404
		);
		const foreign = await createOffer(
			ctx,
			actor(coordinator),
			a.id,
			values({ name: 'Sportkurs', partnerId: otherPartner.id })
		);
		await expectRule(ownOffer(ctx, actor(contact), a.id, foreign.id), 404);
		await expectRule(updateOwnOffer(ctx, actor(contact), a.id, foreign.id, values()), 404);
	});

	it('waits for a coordinator when the alliance asks for approval', async () => {
		await savePartnerSettings(ctx, actor(coordinator), a.id, { changesNeedApproval: true });
		const { id } = await createOwnOffer(ctx, actor(contact), a.id, values({ name: 'Babymassage' }));
		const before = await ownOffer(ctx, actor(contact), a.id, id);
		const changed = values({
			name: 'Babymassage',
			location: { ...values().location!, hours: [{ weekday: 3, opens: '10:00', closes: '12:00' }] }
		});
		await updateOwnOffer(ctx, actor(contact), a.id, id, changed);
		expect(await publicOffer(ctx, a.id, before.slug)).toBeNull();
		await decidePendingOffer(ctx, actor(coordinator), a.id, id, true);
		const after = await publicOffer(ctx, a.id, before.slug);
		expect(after?.locations[0]?.hours).toEqual([{ weekday: 3, opens: '10:00', closes: '12:00' }]);
		expect(after?.pending).toBeNull();
		await savePartnerSettings(ctx, actor(coordinator), a.id, { changesNeedApproval: false });
	});
});

describe('yearly check', () => {
	it('mails the provider a "still correct" link that renews the offer once', async () => {
		const contactMail = contact.email;
		const { id, slug } = await createOffer(
			ctx,
			actor(coordinator),
			a.id,
			values({ name: 'Hebammensprechstunde' })
		);
		const yearAgo = new Date(Date.now() - 400 * 86_400_000).toISOString();
		await ctx.db
			.updateTable('offer')
			.set({ last_checked_at: yearAgo })
			.where('alliance_id', '=', a.id)
			.execute();
		ctx.smtp.clear();
		const sent = await sendDueReminders(ctx);
		expect(sent).toBeGreaterThan(0);
		const mail = await ctx.smtp.waitFor(contactMail, /Hebammensprechstunde/);
		const link = /\/angebote\/bestaetigen\/([A-Za-z0-9_-]+)/.exec(mail.text);
		expect(link).not.toBeNull();
		const token = link![1]!;
		expect(mail.text).toContain(`${ctx.publicUrl}/b/${a.slug}/angebote/bestaetigen/${token}`);
		// Not twice within 30 days.
		expect(await sendDueReminders(ctx)).toBe(0);
		// The token belongs to alliance a only.
		await expectRule(offerOfToken(ctx, b.id, token), 404);
		await confirmOffer(ctx, a.id, token);
		const renewed = await publicOffer(ctx, a.id, slug);
		expect(Date.now() - Date.parse(renewed!.lastCheckedAt)).toBeLessThan(60_000);
		expect(renewed!.id).toBe(id);
		await expectRule(confirmOffer(ctx, a.id, token), 404);
	});
});

describe('coordinators', () => {
	it('edit an offer and every save renews "last checked"', async () => {
		const { id } = await createOffer(
			ctx,
			actor(coordinator),
			a.id,
			values({ name: 'Ferienspiele' })
		);
		await updateOffer(
			ctx,
			actor(coordinator),
			a.id,
			id,
			values({ name: 'Ferienspiele im Sommer' }),
			'published'
		);
		const row = await ctx.db
			.selectFrom('offer')
			.selectAll()
			.where('id', '=', id)
			.executeTakeFirstOrThrow();
		expect(row.name).toBe('Ferienspiele im Sommer');
		await expectRule(updateOffer(ctx, actor(contact), a.id, id, values()), 403);
	});
});
