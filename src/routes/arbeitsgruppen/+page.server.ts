import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireAlliance } from '#lib/server/auth/permissions.ts';
import { listGroups } from '#lib/server/working-groups/working-group.service.ts';

export const load: PageServerLoad = async ({ locals }) => {
	const alliance = requireAlliance(locals);
	const groups = await listGroups(getApp(), alliance.id);
	return {
		groups: groups.map((g) => ({
			id: g.id,
			slug: g.slug,
			name: g.name,
			summary: g.summary,
			status: g.status,
			topic: g.topic
		}))
	};
};
