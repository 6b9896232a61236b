import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { isCoordinator, requireStaff } from '#lib/server/auth/permissions.ts';
import { dashboardFor } from '#lib/server/dashboard/dashboard.service.ts';
import { pendingIdeaCount } from '#lib/server/ideas/idea-admin.service.ts';
import { pendingTextCount } from '#lib/server/surveys/survey-moderation.service.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { alliance, viewer } = requireStaff(locals, url);
	const coordinator = isCoordinator(viewer);
	return {
		dashboard: await dashboardFor(getApp(), alliance.id, { coordinator }),
		pendingIdeas: coordinator ? await pendingIdeaCount(getApp(), alliance.id) : null,
		pendingSurveyTexts: coordinator ? await pendingTextCount(getApp(), alliance.id) : null,
		welcome: url.searchParams.has('willkommen')
	};
};
