import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireOfferEditor } from '#lib/server/auth/permissions.ts';
import { exportOffersCsv } from '#lib/server/offers/offer-import.service.ts';

/** All offers of the alliance as CSV, in the import's format. */
export const GET: RequestHandler = async ({ locals, url }) => {
	const { alliance, viewer } = requireOfferEditor(locals, url);
	const csv = await exportOffersCsv(getApp(), viewer, alliance.id);
	const day = new Date().toISOString().slice(0, 10);
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="angebote-${alliance.slug}-${day}.csv"`,
			'cache-control': 'private, no-store'
		}
	});
};
