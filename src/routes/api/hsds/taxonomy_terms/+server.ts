import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireAlliance } from '#lib/server/auth/permissions.ts';
import { alliancePreflight } from '#lib/server/http/cors.ts';
import { hsdsJson, readPaging, siteOf } from '#lib/server/offers/hsds.route.ts';
import { listTaxonomyTerms } from '#lib/server/offers/hsds.service.ts';

/** HSDS: the Lebenslagen as taxonomy terms, paged. */
export const GET: RequestHandler = async ({ locals, url, request }) => {
	const alliance = requireAlliance(locals);
	const paging = readPaging(url.searchParams);
	return hsdsJson(request, alliance, url, () =>
		listTaxonomyTerms(getApp(), siteOf(alliance, locals.prefix), {
			...paging,
			taxonomyId: url.searchParams.get('taxonomy_id') ?? ''
		})
	);
};

/** CORS preflight (docs/api.md): other sites may read this interface, conditionally too. */
export const OPTIONS: RequestHandler = alliancePreflight;
