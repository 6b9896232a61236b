import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireAlliance } from '#lib/server/auth/permissions.ts';
import { publicMinutes } from '#lib/server/plenum/plenum-minutes.service.ts';

/** The public minutes of a plenum, with its event. Internal minutes do not exist here. */
export const load: PageServerLoad = async ({ locals, params }) => {
	const alliance = requireAlliance(locals);
	const found = await publicMinutes(getApp(), alliance.id, params.slug);
	if (!found) error(404, { message: 'error.notFound' });
	return found;
};
