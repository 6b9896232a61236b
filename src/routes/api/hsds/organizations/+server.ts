import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireAlliance } from '#lib/server/auth/permissions.ts';
import { alliancePreflight } from '#lib/server/http/cors.ts';
import { hsdsJson, readPaging, siteOf } from '#lib/server/offers/hsds.route.ts';
import { listOrganizations } from '#lib/server/offers/hsds-organizations.service.ts';

/** HSDS: the providers of the published offers (partners and other organisations), paged. */
export const GET: RequestHandler = async ({ locals, url, request }) => {
	const alliance = requireAlliance(locals);
	const paging = readPaging(url.searchParams);
	return hsdsJson(request, alliance, url, () =>
		listOrganizations(getApp(), siteOf(alliance, locals.prefix), {
			...paging,
			search: (url.searchParams.get('search') ?? '').slice(0, 100)
		})
	);
};

/** CORS preflight (docs/api.md): other sites may read this interface, conditionally too. */
export const OPTIONS: RequestHandler = alliancePreflight;
