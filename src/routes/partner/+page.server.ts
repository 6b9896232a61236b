import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireAlliance } from '#lib/server/auth/permissions.ts';
import { PARTNER_KINDS, readPartnerFilters } from '#lib/server/partners/partner.schema.ts';
import { partnerDirectory } from '#lib/server/partners/partner.service.ts';

/** The public partner directory; filters come from the address (a GET form, works without JS). */
export const load: PageServerLoad = async ({ locals, url }) => {
	const alliance = requireAlliance(locals);
	const filters = readPartnerFilters(url.searchParams);
	const directory = await partnerDirectory(getApp(), alliance.id, filters);
	return { filters, directory, kinds: PARTNER_KINDS };
};
