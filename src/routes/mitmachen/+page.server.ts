import type { PageServerLoad } from './$types';
import { requireAlliance } from '#lib/server/auth/permissions.ts';
import { siteUrlOf } from '#lib/server/http/site-url.ts';

/** "Machen Sie mit": the ways to support the alliance, each leading to its form or page. */
export const load: PageServerLoad = ({ locals }) => {
	const alliance = requireAlliance(locals);
	return {
		allianceName: alliance.name,
		siteUrl: `${siteUrlOf(locals)}/`,
		hasBank: !!alliance.bank.iban.trim()
	};
};
