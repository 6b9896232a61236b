import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { requireAlliance } from '#lib/server/auth/permissions.ts';
import { isLive } from '#lib/server/alliances/alliance-launch.service.ts';

/** The holding page of an alliance that is not public yet; once live, the home page. */
export const load: PageServerLoad = async ({ locals, setHeaders }) => {
	const alliance = requireAlliance(locals);
	if (isLive(alliance)) redirect(303, `${locals.prefix}/`);
	setHeaders({ 'x-robots-tag': 'noindex' });
	return {
		name: alliance.name,
		logoId: alliance.logoId,
		email: alliance.contact.email
	};
};
