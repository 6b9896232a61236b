import type { Insertable } from 'kysely';
import { bumpContentVersion } from '../alliances/alliance.repository.ts';
import type { ServiceContext } from '../context.ts';
import { ensureDefaultCategories } from './offer-category.service.ts';
import { parseHoursText } from './offer-hours-text.ts';
import { joinList, searchTextOf } from './offer.service.ts';
import * as providerRepo from './offer-provider.repository.ts';
import type {
	OfferCategoryLinkTable,
	OfferLocationTable,
	OfferScheduleTable,
	OfferTable
} from './offer.table.ts';
import type { OfferLocation } from './offer.types.ts';
import { insertOffersBulk } from './offers.bulk.repository.ts';
import { DEMO_OFFERS } from './offers.demo-data.ts';

/*
 * Load-test data for `npm run bench`: n published offers made from the demo offers (name,
 * text, categories, ages, cost, access and hours of one of them), spread over districts,
 * languages, providers and check dates, each with a location and weekly hours. Deterministic
 * for a given n. Written in bulk in one transaction — not through insertOfferValues, which
 * would take minutes — with the same search text the forms write.
 */

const DISTRICTS = ['Altstadt', 'Nordviertel', 'Am Hafen', 'Südfeld', 'Eichenau', 'Weststadt'];
const EXTRA_LANGUAGES = ['en', 'tr', 'ar', 'ru', 'uk', 'pl', 'fa', 'ro', 'ku', 'fr'];
const HOURS = [
	'Mo-Fr 09:00-12:00',
	'Di 10:00-12:00; Do 15:00-17:00',
	'Mi 09:30-11:30',
	'Mo 14:00-16:00; Mi 14:00-16:00',
	'Mo-Do 08:00-16:00; Fr 08:00-12:00',
	'Sa 10:00-13:00',
	'Do 16:00-18:00'
];

/** A small deterministic random generator (mulberry32). */
function random(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Adds n published offers to the alliance; returns how many offers, locations and hours rows. */
export async function seedBenchOffers(
	ctx: Pick<ServiceContext, 'db'>,
	allianceId: string,
	n = 5000,
	now = new Date()
): Promise<{ offers: number; locations: number; schedules: number }> {
	const rand = random(n);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
	const categories = await ensureDefaultCategories(ctx, allianceId);
	const categoryBySlug = new Map(categories.map((c) => [c.slug, c]));
	const partners = await providerRepo.findPartners(ctx.db, allianceId, null);
	const nowIso = now.toISOString();
	const offers: Insertable<OfferTable>[] = [];
	const links: OfferCategoryLinkTable[] = [];
	const locations: Insertable<OfferLocationTable>[] = [];
	const schedules: Insertable<OfferScheduleTable>[] = [];
	for (let i = 0; i < n; i++) {
		const demo = DEMO_OFFERS[i % DEMO_OFFERS.length]!;
		const id = crypto.randomUUID();
		const district = pick(DISTRICTS);
		const name = `${demo.name} (${district} ${i + 1})`;
		const partner = partners.length && rand() < 0.8 ? pick(partners) : undefined;
		const languages = [...new Set(['de', ...(demo.languages ?? [])])];
		if (rand() < 0.35) languages.push(pick(EXTRA_LANGUAGES));
		const langs = [...new Set(languages)];
		const cats = demo.categories
			.map((slug) => categoryBySlug.get(slug))
			.filter((c): c is NonNullable<typeof c> => !!c);
		const checked = new Date(now.getTime() - Math.floor(rand() * 30 * 30) * 86400_000);
		const street = `${pick(['Hauptstraße', 'Lindenweg', 'Hafenstraße', 'Schulstraße'])} ${1 + (i % 90)}`;
		const hours = parseHoursText(demo.hours ?? pick(HOURS)) ?? [];
		const locationId = crypto.randomUUID();
		const location: OfferLocation = {
			id: locationId,
			name: demo.place ?? '',
			street,
			postalCode: '12345',
			city: 'Musterstadt',
			district,
			latitude: Math.round((51.53 + rand() * 0.05) * 1e5) / 1e5,
			longitude: Math.round((9.9 + rand() * 0.07) * 1e5) / 1e5,
			wheelchair: rand() < 0.5,
			accessibility: '',
			hoursNote: '',
			hours
		};
		offers.push({
			id,
			alliance_id: allianceId,
			slug: `last-angebot-${i + 1}`,
			name,
			summary: demo.summary,
			description: demo.description ?? '',
			partner_id: partner?.id ?? null,
			provider_name: partner ? '' : (demo.other ?? 'Familienhilfe Musterstadt e. V.'),
			provider_url: '',
			min_age_months: demo.ages?.[0] ?? null,
			max_age_months: demo.ages?.[1] ?? null,
			cost_kind: rand() < 0.15 ? 'amount' : demo.cost,
			cost_text: demo.costText ?? '',
			languages: joinList(langs),
			access: joinList(demo.access),
			access_note: demo.accessNote ?? '',
			contact_name: '',
			email: demo.email ?? `angebot${i + 1}@example.org`,
			phone: demo.phone ?? '0123 456789',
			url: '',
			links: '[]',
			status: rand() < 0.05 ? 'draft' : 'published',
			search_text: searchTextOf(
				{
					name,
					summary: demo.summary,
					description: demo.description ?? '',
					providerName: partner ? '' : (demo.other ?? ''),
					languages: langs,
					location
				},
				{ partnerName: partner?.name ?? '', categories: cats.map((c) => c.name) }
			),
			last_checked_at: checked.toISOString(),
			reminder_sent_at: null,
			confirm_token_hash: null,
			pending_changes: null,
			pending_at: null,
			pending_by: null,
			created_at: nowIso,
			updated_at: nowIso
		});
		for (const c of cats) links.push({ offer_id: id, category_id: c.id, alliance_id: allianceId });
		locations.push({
			id: locationId,
			alliance_id: allianceId,
			offer_id: id,
			name: location.name,
			street,
			postal_code: location.postalCode,
			city: location.city,
			district,
			latitude: location.latitude,
			longitude: location.longitude,
			wheelchair: location.wheelchair ? 1 : 0,
			position: 0
		});
		for (const h of hours) {
			schedules.push({
				id: crypto.randomUUID(),
				alliance_id: allianceId,
				location_id: locationId,
				weekday: h.weekday,
				opens_at: h.opens,
				closes_at: h.closes
			});
		}
	}
	await ctx.db.transaction().execute(async (trx) => {
		await insertOffersBulk(trx, { offers, links, locations, schedules });
		// The page cache and the search index follow the content version.
		await bumpContentVersion(trx, allianceId);
	});
	return { offers: offers.length, locations: locations.length, schedules: schedules.length };
}
