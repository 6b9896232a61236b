import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireEditEvent, requireInternal } from '#lib/server/auth/permissions.ts';
import { isRuleError } from '#lib/server/auth/rule-error.ts';
import { eventRef } from '#lib/server/events/workflows/moderation.service.ts';
import { registrationCsv } from '#lib/server/events/registration/registration-admin.service.ts';
import { partnerIdsOf } from '#lib/server/partners/partner-contact.service.ts';

/** The registration list of one of the partner's own events as CSV for Excel. */
export const GET: RequestHandler = async ({ locals, url, params }) => {
	const { alliance, viewer } = requireInternal(locals, url);
	const app = getApp();
	const ref = await eventRef(app, alliance.id, params.id);
	if (!ref) error(404, 'error.notFound');
	requireEditEvent(viewer, ref, await partnerIdsOf(app, alliance.id, viewer));
	try {
		const csv = await registrationCsv(app, viewer, alliance.id, params.id);
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
