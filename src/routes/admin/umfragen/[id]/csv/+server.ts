import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireCoordinator } from '#lib/server/auth/permissions.ts';
import { translate } from '#lib/i18n/index.ts';
import { resultsCsv } from '#lib/server/surveys/survey-csv.service.ts';

/** All answers, one row per response, as CSV for Excel. */
export const GET: RequestHandler = async ({ locals, url, params }) => {
	const { alliance } = requireCoordinator(locals, url);
	const csv = await resultsCsv(getApp(), alliance.id, params.id, {
		response: translate(locals.locale, 'surveys.admin.responses'),
		date: translate(locals.locale, 'surveys.admin.date'),
		other: translate(locals.locale, 'surveys.other')
	});
	if (!csv) error(404, 'error.notFound');
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': 'attachment; filename="umfrage.csv"',
			'cache-control': 'private, no-store'
		}
	});
};
