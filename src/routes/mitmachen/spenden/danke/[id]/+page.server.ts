import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireAlliance } from '#lib/server/auth/permissions.ts';
import { publicPurpose } from '#lib/server/donations/donation.service.ts';

/** The thank-you page of a donation purpose. It records nothing: no payment, no visit. */
export const load: PageServerLoad = async ({ locals, params }) => {
	const alliance = requireAlliance(locals);
	const purpose = await publicPurpose(getApp(), alliance.id, params.id);
	if (!purpose) error(404, 'error.notFound');
	return { title: purpose.title, thanks: purpose.thanks };
};
