import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireAlliance } from '#lib/server/auth/permissions.ts';
import { categoryCounts } from '#lib/server/offers/offer-public.service.ts';

/** "Wobei suchen Sie Unterstützung?": the Lebenslagen as tiles, and a search box. */
export const load: PageServerLoad = async ({ locals }) => {
	const alliance = requireAlliance(locals);
	const tiles = await categoryCounts(getApp(), alliance.id);
	return {
		tiles: tiles.map(({ category, count }) => ({
			slug: category.slug,
			name: category.name,
			description: category.description,
			count
		}))
	};
};
