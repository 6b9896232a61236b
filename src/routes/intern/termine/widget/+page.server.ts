import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireInternal } from '#lib/server/auth/permissions.ts';
import { widgetGenerator } from '#lib/server/events/widget/widget.route.ts';
import { siteUrlOf } from '#lib/server/http/site-url.ts';

/** The widget code for the partner's own events (partner contacts; staff see their partners). */
export const load: PageServerLoad = async ({ locals, url }) => {
	const { alliance, viewer } = requireInternal(locals, url);
	return widgetGenerator(getApp(), alliance, viewer, url, siteUrlOf(locals), locals.locale, {
		staff: false
	});
};
