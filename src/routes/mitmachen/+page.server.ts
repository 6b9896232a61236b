import type { PageServerLoad } from './$types';
import { requireAlliance } from '#lib/server/auth/permissions.ts';

/** "Machen Sie mit": the ways to support the alliance, each leading to its form or page. */
export const load: PageServerLoad = ({ locals, url }) => {
	const alliance = requireAlliance(locals);
	return {
		allianceName: alliance.name,
		siteUrl: `${url.origin}${locals.prefix || ''}/`,
		hasBank: !!alliance.bank.iban.trim()
	};
};
