import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireInternal } from '#lib/server/auth/permissions.ts';
import { isAppError } from '#lib/server/app-error.ts';
import {
	meeting,
	meetingGroupName,
	meetingIcs
} from '#lib/server/working-groups/meeting.service.ts';
import { siteUrlOf } from '#lib/server/http/site-url.ts';

/** The meeting as an .ics file, for members who may see it. */
export const GET: RequestHandler = async ({ locals, url, params }) => {
	const { alliance, viewer } = requireInternal(locals, url);
	const app = getApp();
	try {
		const m = await meeting(app, viewer, alliance.id, params.id);
		const group = (await meetingGroupName(app, alliance.id, m.groupId)) || 'Koordinierungsteam';
		const body = meetingIcs(m, group, siteUrlOf(locals), new URL(siteUrlOf(locals)).host);
		return new Response(body, {
			headers: {
				'Content-Type': 'text/calendar; charset=utf-8',
				'Content-Disposition': 'attachment; filename="treffen.ics"',
				'Cache-Control': 'private, no-store'
			}
		});
	} catch (e) {
		if (isAppError(e)) error(e.status === 403 ? 403 : 404, { message: e.key });
		throw e;
	}
};
