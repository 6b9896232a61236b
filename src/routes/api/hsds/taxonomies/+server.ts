import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireAlliance } from '#lib/server/auth/permissions.ts';
import { alliancePreflight } from '#lib/server/http/cors.ts';
import { hsdsJson, readPaging, siteOf } from '#lib/server/offers/hsds.route.ts';
import { listTaxonomies } from '#lib/server/offers/hsds.service.ts';

/** HSDS: the alliance's one taxonomy, the Lebenslagen. */
export const GET: RequestHandler = async ({ locals, url, request }) => {
	const alliance = requireAlliance(locals);
	const paging = readPaging(url.searchParams);
	return hsdsJson(request, alliance, url, () =>
		listTaxonomies(getApp(), siteOf(alliance, locals.prefix), paging)
	);
};

/** CORS preflight (docs/api.md): other sites may read this interface, conditionally too. */
export const OPTIONS: RequestHandler = alliancePreflight;
