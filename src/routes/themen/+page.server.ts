import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireAlliance } from '#lib/server/auth/permissions.ts';
import { listTopics } from '#lib/server/topics/topic.service.ts';

export const load: PageServerLoad = async ({ locals }) => {
	const alliance = requireAlliance(locals);
	return { topics: await listTopics(getApp(), alliance.id) };
};
