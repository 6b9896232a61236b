import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireAlliance } from '#lib/server/auth/permissions.ts';
import { publishedYears } from '#lib/server/report/report.service.ts';

/** The published annual reports, newest first. */
export const load: PageServerLoad = async ({ locals }) => {
	const alliance = requireAlliance(locals);
	return { allianceName: alliance.name, years: await publishedYears(getApp(), alliance.id) };
};
