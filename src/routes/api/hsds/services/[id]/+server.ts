import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireAlliance } from '#lib/server/auth/permissions.ts';
import { alliancePreflight } from '#lib/server/http/cors.ts';
import { hsdsJson, siteOf } from '#lib/server/offers/hsds.route.ts';
import { oneService } from '#lib/server/offers/hsds-services.service.ts';

/** HSDS: one service, fully nested (organization, locations, schedules, taxonomy terms). */
export const GET: RequestHandler = async ({ locals, url, request, params }) => {
	const alliance = requireAlliance(locals);
	return hsdsJson(request, alliance, url, () =>
		oneService(getApp(), siteOf(alliance, locals.prefix), params.id)
	);
};

/** CORS preflight (docs/api.md): other sites may read this interface, conditionally too. */
export const OPTIONS: RequestHandler = alliancePreflight;
