import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireCoordinator } from '#lib/server/auth/permissions.ts';
import { isCurrent, listTeam } from '#lib/server/team/team.service.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { alliance } = requireCoordinator(locals, url);
	const today = new Date().toISOString().slice(0, 10);
	const { all } = await listTeam(getApp(), alliance.id, today);
	return { members: all.map((m) => ({ ...m, current: isCurrent(m, today) })) };
};
