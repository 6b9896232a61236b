import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { listAlliances } from '#lib/server/alliances/alliance.service.ts';

export const load: PageServerLoad = async ({ locals }) => {
	if (!locals.alliance) {
		return { home: null, alliances: await listAlliances(getApp()) };
	}
	const a = locals.alliance;
	return {
		home: {
			name: a.name,
			welcomeHtml: a.welcomeHtml,
			motto: a.motto,
			mottoSource: a.mottoSource,
			patron: a.patron
		},
		alliances: []
	};
};
