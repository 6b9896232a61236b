import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireAlliance } from '#lib/server/auth/permissions.ts';
import { PARTNER_KINDS, readPartnerFilters } from '#lib/server/partners/partner.schema.ts';
import { partnerDirectory } from '#lib/server/partners/partner-directory.service.ts';
import { pageOnly } from '#lib/page-only.ts';

/** The public partner directory, paged (?seite=2); filters come from the address (a GET form, works without JS). */
export const load: PageServerLoad = async ({ locals, url }) => {
	const alliance = requireAlliance(locals);
	const filters = readPartnerFilters(url.searchParams);
	const raw = url.searchParams.get('seite');
	const page = raw === null ? 1 : /^\d{1,5}$/.test(raw) ? Number(raw) : NaN;
	if (!Number.isInteger(page) || page < 1) error(404, { message: 'error.notFound' });
	const directory = await partnerDirectory(getApp(), alliance.id, filters, {
		page,
		contentVersion: alliance.contentVersion
	});
	if (page > directory.pages) error(404, { message: 'error.notFound' });
	// Rendered on the server only: the directory page ships no JavaScript (decision 097).
	return { filters, directory: pageOnly(directory), kinds: PARTNER_KINDS };
};
