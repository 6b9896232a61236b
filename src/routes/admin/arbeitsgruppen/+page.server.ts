import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireCoordinator } from '#lib/server/auth/permissions.ts';
import { listGroups } from '#lib/server/working-groups/working-group.service.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { alliance } = requireCoordinator(locals, url);
	return { groups: await listGroups(getApp(), alliance.id) };
};
