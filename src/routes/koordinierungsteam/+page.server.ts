import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireAlliance } from '#lib/server/auth/permissions.ts';
import { listTeam } from '#lib/server/team/team.service.ts';

export const load: PageServerLoad = async ({ locals }) => {
	const alliance = requireAlliance(locals);
	const { current, past } = await listTeam(getApp(), alliance.id);
	return { current, past };
};
