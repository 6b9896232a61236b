import type { ServiceContext } from '../context.ts';
import { DEMO_PARTNERS, postalCodeOf } from '../partners/partners.demo-data.ts';
import { ensureDefaultCategories } from './offer-category.service.ts';
import { parseHoursText } from './offer-hours-text.ts';
import { insertOfferValues } from './offer-write.ts';
import * as repo from './offer.repository.ts';
import * as providerRepo from './offer-provider.repository.ts';
import { DEMO_OFFERS, DISTRICT_POINTS } from './offers.demo-data.ts';

/**
 * The Familienwegweiser of the demo alliance: 59 offers across all Lebenslagen, most of them
 * from the demo partners. Only added when the alliance has no offers yet. A few are left
 * unchecked for a while, so that the yearly reminder and the "possibly outdated" note show.
 */
export async function seedOffersDemo(
	ctx: Pick<ServiceContext, 'db'>,
	allianceId: string,
	now = new Date()
): Promise<number> {
	const existing = await repo.searchOffers(ctx.db, allianceId, {
		statuses: ['published', 'draft', 'archived'],
		limit: 1,
		offset: 0
	});
	if (existing.total) return 0;
	const categories = await ensureDefaultCategories(ctx, allianceId);
	const categoryId = new Map(categories.map((c) => [c.slug, c.id]));
	const partners = await providerRepo.findPartners(ctx.db, allianceId, null);
	const partnerId = new Map(partners.map((p) => [p.name, p.id]));
	let count = 0;
	for (const [i, o] of DEMO_OFFERS.entries()) {
		const demoPartner = o.partner ? DEMO_PARTNERS.find((p) => p.name === o.partner) : undefined;
		const district = o.district ?? demoPartner?.district ?? 'Altstadt';
		const street = o.street ?? demoPartner?.street ?? '';
		const [lat, lon] = DISTRICT_POINTS[district] ?? [51.5332, 9.9352];
		const checked = new Date(now);
		if (o.checkedMonthsAgo) checked.setUTCMonth(checked.getUTCMonth() - o.checkedMonthsAgo);
		else checked.setUTCDate(checked.getUTCDate() - 7 - (i % 40));
		await insertOfferValues(
			ctx.db,
			allianceId,
			{
				name: o.name,
				summary: o.summary,
				description: o.description ?? '',
				partnerId: o.partner ? (partnerId.get(o.partner) ?? null) : null,
				providerName: o.other ?? (o.partner && !partnerId.has(o.partner) ? o.partner : ''),
				providerUrl: '',
				minAgeMonths: o.ages?.[0] ?? null,
				maxAgeMonths: o.ages?.[1] ?? null,
				costKind: o.cost,
				costText: o.costText ?? '',
				languages: o.languages ?? ['de'],
				access: o.access,
				accessNote: o.accessNote ?? '',
				contactName: '',
				email: o.email ?? '',
				phone: o.phone ?? demoPartner?.phone ?? '',
				url: '',
				links: [],
				categoryIds: o.categories
					.map((slug) => categoryId.get(slug))
					.filter((id): id is string => !!id),
				location: {
					name: o.place ?? (o.partner && o.partner !== o.name ? o.partner : ''),
					street,
					postalCode: street ? postalCodeOf(district) : '',
					city: 'Musterstadt',
					district,
					latitude: Math.round((lat + ((i % 7) - 3) * 0.0011) * 1e5) / 1e5,
					longitude: Math.round((lon + ((i % 5) - 2) * 0.0013) * 1e5) / 1e5,
					wheelchair: o.wheelchair ?? false,
					accessibility: '',
					hoursNote: o.hoursNote ?? '',
					hours: parseHoursText(o.hours ?? '') ?? []
				}
			},
			{ status: 'published', checkedAt: checked.toISOString() }
		);
		count++;
	}
	return count;
}
