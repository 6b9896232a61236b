import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { isAppError } from '#lib/server/app-error.ts';
import { requireCoordinator } from '#lib/server/auth/permissions.ts';
import { attendanceCsv } from '#lib/server/plenum/plenum-attendance.service.ts';

/** The attendance list as CSV (Excel in Germany: UTF-8 with BOM, semicolons). */
export const GET: RequestHandler = async ({ locals, url, params }) => {
	const { alliance, viewer } = requireCoordinator(locals, url);
	try {
		const csv = await attendanceCsv(getApp(), viewer, alliance.id, params.id);
		return new Response(csv.body, {
			headers: {
				'Content-Type': 'text/csv; charset=utf-8',
				'Content-Disposition': `attachment; filename="${csv.filename}"`,
				'Cache-Control': 'private, no-store'
			}
		});
	} catch (e) {
		if (isAppError(e)) error(e.status === 403 ? 403 : 404, 'error.notFound');
		throw e;
	}
};
