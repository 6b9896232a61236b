import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireAlliance } from '#lib/server/auth/permissions.ts';
import { siteUrlOf } from '#lib/server/http/site-url.ts';
import { involvedTexts } from '#lib/server/involved/involved.service.ts';

/** "Machen Sie mit": the ways to support the alliance, each leading to its form or page. */
export const load: PageServerLoad = async ({ locals }) => {
	const alliance = requireAlliance(locals);
	return {
		// The coordinators' own texts (admin/mitmachen); the defaults fill the rest.
		own: await involvedTexts(getApp(), alliance.id),
		allianceName: alliance.name,
		siteUrl: `${siteUrlOf(locals)}/`,
		hasBank: !!alliance.bank.iban.trim()
	};
};
