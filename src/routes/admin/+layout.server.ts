import type { LayoutServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { isCoordinator, requireStaff } from '#lib/server/auth/permissions.ts';
import { newMessageCount } from '#lib/server/dashboard/dashboard.service.ts';
import { pendingIdeaCount } from '#lib/server/ideas/idea-admin.service.ts';

/**
 * The admin shell: coordinators and editors (and platform admins). Partner contacts are sent
 * to their own area (/intern). Each page below checks its own permission again.
 */
export const load: LayoutServerLoad = async ({ locals, url }) => {
	const { alliance, viewer } = requireStaff(locals, url);
	const coordinator = isCoordinator(viewer);
	return {
		admin: {
			name: viewer.name,
			role: viewer.role,
			coordinator,
			platformAdmin: viewer.platformAdmin,
			newMessages: coordinator ? await newMessageCount(getApp(), alliance.id) : 0,
			pendingIdeas: coordinator ? await pendingIdeaCount(getApp(), alliance.id) : 0
		}
	};
};
