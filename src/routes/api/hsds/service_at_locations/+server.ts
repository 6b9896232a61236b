import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireAlliance } from '#lib/server/auth/permissions.ts';
import { alliancePreflight } from '#lib/server/http/cors.ts';
import { hsdsJson, readBool, readPaging, siteOf } from '#lib/server/offers/hsds.route.ts';
import { listServiceAtLocations } from '#lib/server/offers/hsds-services.service.ts';

/** HSDS: where each service is offered, with its location and opening hours; paged by service. */
export const GET: RequestHandler = async ({ locals, url, request }) => {
	const alliance = requireAlliance(locals);
	const paging = readPaging(url.searchParams);
	return hsdsJson(request, alliance, url, () =>
		listServiceAtLocations(getApp(), siteOf(alliance, locals.prefix), {
			...paging,
			full: readBool(url.searchParams, 'full')
		})
	);
};

/** CORS preflight (docs/api.md): other sites may read this interface, conditionally too. */
export const OPTIONS: RequestHandler = alliancePreflight;
