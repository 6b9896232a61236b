import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireCoordinator } from '#lib/server/auth/permissions.ts';
import { listApplications } from '#lib/server/partners/partner-application.service.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { alliance, viewer } = requireCoordinator(locals, url);
	const applications = await listApplications(getApp(), viewer, alliance.id);
	return {
		open: applications.filter((a) => a.status === 'pending'),
		decided: applications.filter((a) => a.status !== 'pending')
	};
};
