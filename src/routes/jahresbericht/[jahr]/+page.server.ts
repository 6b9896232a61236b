import type { PageServerLoad } from './$types';
import { requireAlliance } from '#lib/server/auth/permissions.ts';
import { publishedReportOf } from '#lib/server/report/report.route.ts';

/** A published year's report as a web page (unpublished years are not found). */
export const load: PageServerLoad = async ({ locals, params }) => {
	const alliance = requireAlliance(locals);
	return { allianceName: alliance.name, report: await publishedReportOf(alliance, params.jahr) };
};
