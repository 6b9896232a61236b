import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireInternal } from '#lib/server/auth/permissions.ts';
import { filterSchema } from '#lib/server/pinboard/pinboard.schema.ts';
import { pinboard } from '#lib/server/pinboard/pinboard.service.ts';

/** The Pinnwand: current offers and requests of the alliance's members, filtered by the query. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const { alliance, viewer } = requireInternal(locals, url);
	const filter = filterSchema.parse({
		kind: url.searchParams.get('art') ?? undefined,
		category: url.searchParams.get('bereich') ?? undefined
	});
	const board = await pinboard(getApp(), viewer, alliance.id, filter);
	return {
		...board,
		filter,
		removed: url.searchParams.has('entfernt')
	};
};
