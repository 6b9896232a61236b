import type { ServiceContext } from '../context.ts';
import { listCategories } from './offer-category.service.ts';
import { partnerChoices } from './offer.service.ts';
import { ACCESS_KINDS, OFFER_LANGUAGES } from './offer.types.ts';

/** What every offer form needs: the Lebenslagen, the partners to choose, languages, access kinds. */
export async function offerFormOptions(
	ctx: Pick<ServiceContext, 'db'>,
	allianceId: string,
	partners?: { id: string; name: string }[]
) {
	const [categories, allPartners] = await Promise.all([
		listCategories(ctx, allianceId),
		partners ? Promise.resolve(partners) : partnerChoices(ctx, allianceId)
	]);
	return {
		categories: categories.map((c) => ({ id: c.id, name: c.name })),
		partners: allPartners,
		languages: OFFER_LANGUAGES,
		accessKinds: ACCESS_KINDS
	};
}
