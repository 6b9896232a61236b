import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireInternal } from '#lib/server/auth/permissions.ts';
import { orErrorPage } from '#lib/server/http/action.ts';
import { internalMinutes } from '#lib/server/plenum/plenum-minutes.service.ts';

/** The minutes of one plenum (internal or public), for the alliance's members. */
export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { alliance, viewer } = requireInternal(locals, url);
	return orErrorPage(internalMinutes(getApp(), viewer, alliance.id, params.id));
};
