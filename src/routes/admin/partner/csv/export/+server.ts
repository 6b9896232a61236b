import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireCoordinator } from '#lib/server/auth/permissions.ts';
import { exportPartnersCsv } from '#lib/server/partners/partner-import.service.ts';

/** All partners of the alliance as CSV, in the import's format. */
export const GET: RequestHandler = async ({ locals, url }) => {
	const { alliance, viewer } = requireCoordinator(locals, url);
	const csv = await exportPartnersCsv(getApp(), viewer, alliance.id);
	const day = new Date().toISOString().slice(0, 10);
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="partner-${alliance.slug}-${day}.csv"`,
			'cache-control': 'private, no-store'
		}
	});
};
