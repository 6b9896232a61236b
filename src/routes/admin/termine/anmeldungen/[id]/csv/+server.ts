import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireEditor } from '#lib/server/auth/permissions.ts';
import { isRuleError } from '#lib/server/auth/rule-error.ts';
import { registrationCsv } from '#lib/server/events/registration/registration-admin.service.ts';

/** The registration list as CSV for Excel: coordinators and editors. */
export const GET: RequestHandler = async ({ locals, url, params }) => {
	const { alliance, viewer } = requireEditor(locals, url);
	try {
		const csv = await registrationCsv(getApp(), viewer, alliance.id, params.id);
		return new Response(csv.body, {
			headers: {
				'content-type': 'text/csv; charset=utf-8',
				'content-disposition': `attachment; filename="${csv.filename}"`,
				'cache-control': 'private, no-store'
			}
		});
	} catch (e) {
		if (isRuleError(e) && (e.status === 404 || e.status === 403)) error(404, 'error.notFound');
		throw e;
	}
};
