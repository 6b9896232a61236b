import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireInternal } from '#lib/server/auth/permissions.ts';
import { isRuleError } from '#lib/server/auth/rule-error.ts';
import { internalMinutes } from '#lib/server/plenum/plenum-minutes.service.ts';

/** The minutes of one plenum (internal or public), for the alliance's members. */
export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { alliance, viewer } = requireInternal(locals, url);
	try {
		return await internalMinutes(getApp(), viewer, alliance.id, params.id);
	} catch (e) {
		if (isRuleError(e)) error(e.status === 403 ? 403 : 404, { message: e.key });
		throw e;
	}
};
