import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { allowAnyone, requireAlliance } from '#lib/server/auth/permissions.ts';
import { alliancePreflight } from '#lib/server/http/cors.ts';
import { hsdsHeaders, hsdsNotModified, siteOf } from '#lib/server/offers/hsds.route.ts';
import { hsdsDatapackageZip } from '#lib/server/offers/hsds-tabular.service.ts';

/** The whole Familienwegweiser in HSDS 3.0's tabular form: datapackage.json and CSVs, zipped. */
export const GET: RequestHandler = async ({ locals, url, request }) => {
	allowAnyone(locals);
	const alliance = requireAlliance(locals);
	const headers = hsdsHeaders(alliance, url);
	const notModified = hsdsNotModified(request, headers);
	if (notModified) return notModified;
	const bytes = await hsdsDatapackageZip(getApp(), siteOf(alliance, locals.prefix));
	return new Response(new Uint8Array(bytes), {
		headers: {
			'content-type': 'application/zip',
			'content-disposition': 'attachment; filename="familienwegweiser-hsds.zip"',
			...headers
		}
	});
};

/** CORS preflight (docs/api.md): other sites may read this interface, conditionally too. */
export const OPTIONS: RequestHandler = alliancePreflight;
