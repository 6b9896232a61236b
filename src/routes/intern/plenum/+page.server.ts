import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireInternal } from '#lib/server/auth/permissions.ts';
import { internalMinutesList } from '#lib/server/plenum/plenum-minutes.service.ts';

/** Minutes of the plena, for the alliance's members. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const { alliance, viewer } = requireInternal(locals, url);
	return { plena: await internalMinutesList(getApp(), viewer, alliance.id) };
};
