import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { allowAnyone, requireAlliance } from '#lib/server/auth/permissions.ts';
import { siteOf } from '#lib/server/offers/hsds.route.ts';
import { hsdsDatapackageZip } from '#lib/server/offers/hsds-tabular.service.ts';

/** The whole Familienwegweiser in HSDS 3.0's tabular form: datapackage.json and CSVs, zipped. */
export const GET: RequestHandler = async ({ locals }) => {
	allowAnyone(locals);
	const alliance = requireAlliance(locals);
	const bytes = await hsdsDatapackageZip(getApp(), siteOf(alliance, locals.prefix));
	return new Response(new Uint8Array(bytes), {
		headers: {
			'content-type': 'application/zip',
			'content-disposition': 'attachment; filename="familienwegweiser-hsds.zip"',
			'cache-control': 'public, max-age=300',
			'access-control-allow-origin': '*'
		}
	});
};
