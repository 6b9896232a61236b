import type { RequestHandler } from './$types';
import { requireAlliance } from '#lib/server/auth/permissions.ts';
import { alliancePreflight } from '#lib/server/http/cors.ts';
import { hsdsJson } from '#lib/server/offers/hsds.route.ts';
import { HSDS_VERSION } from '#lib/server/offers/hsds.service.ts';

/** About this HSDS API (Open Referral HSDS 3.0): version, profile, OpenAPI document. */
export const GET: RequestHandler = async ({ locals, url, request }) => {
	const alliance = requireAlliance(locals);
	return hsdsJson(request, alliance, url, async () => ({
		version: HSDS_VERSION,
		profile: 'https://openreferral.org',
		openapi_url:
			'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json'
	}));
};

/** CORS preflight (docs/api.md): other sites may read this interface, conditionally too. */
export const OPTIONS: RequestHandler = alliancePreflight;
