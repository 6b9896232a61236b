import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireRoutedConcerns } from '#lib/server/auth/permissions.ts';
import { listRouted } from '#lib/server/concerns/concern-routed.service.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { alliance, viewer } = requireRoutedConcerns(locals, url);
	return { concerns: await listRouted(getApp(), viewer, alliance.id) };
};
