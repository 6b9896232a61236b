import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireAlliance } from '#lib/server/auth/permissions.ts';
import { alliancePreflight } from '#lib/server/http/cors.ts';
import { hsdsJson, readBool, readPaging, siteOf } from '#lib/server/offers/hsds.route.ts';
import { listServices } from '#lib/server/offers/hsds-services.service.ts';

/** HSDS: the alliance's published offers as services, paged; search and taxonomy filters. */
export const GET: RequestHandler = async ({ locals, url, request }) => {
	const alliance = requireAlliance(locals);
	const paging = readPaging(url.searchParams);
	const p = url.searchParams;
	const modified = p.get('modified_after') ?? '';
	return hsdsJson(request, alliance, url, () =>
		listServices(getApp(), siteOf(alliance, locals.prefix), {
			...paging,
			search: (p.get('search') ?? '').slice(0, 100),
			taxonomyTermId: p.get('taxonomy_term_id') ?? '',
			taxonomyId: p.get('taxonomy_id') ?? '',
			organizationId: p.get('organization_id') ?? '',
			modifiedAfter: Number.isNaN(Date.parse(modified)) ? '' : new Date(modified).toISOString(),
			full: readBool(p, 'full')
		})
	);
};

/** CORS preflight (docs/api.md): other sites may read this interface, conditionally too. */
export const OPTIONS: RequestHandler = alliancePreflight;
