import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireAlliance } from '#lib/server/auth/permissions.ts';
import { searchSite } from '#lib/server/search/search.service.ts';

/** One search across the alliance's public site: ?q=… (GET, so results can be shared). */
export const load: PageServerLoad = async ({ locals, url }) => {
	const alliance = requireAlliance(locals);
	const query = (url.searchParams.get('q') ?? '').trim().slice(0, 200);
	const result = query
		? await searchSite(getApp(), alliance.id, query)
		: { query, searched: false, total: 0, groups: [] };
	return { allianceName: alliance.name, asked: query !== '', ...result };
};
