import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { allowPublicIdeas } from '#lib/server/auth/permissions.ts';
import { publicIdeas } from '#lib/server/ideas/idea-public.service.ts';
import { listSchema } from '#lib/server/ideas/idea.schema.ts';

const SORTS = { unterstuetzung: 'support', neu: 'newest', status: 'status' } as const;

export const load: PageServerLoad = async ({ locals, url }) => {
	const alliance = allowPublicIdeas(locals);
	const query = listSchema.parse(Object.fromEntries(url.searchParams));
	const sort = query.sortierung ?? 'unterstuetzung';
	return {
		sort,
		...(await publicIdeas(getApp(), alliance.id, { sort: SORTS[sort], topicSlug: query.thema }))
	};
};
