import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { allowAnyone, requireAlliance } from '#lib/server/auth/permissions.ts';
import { renderWidget, widgetCsp, widgetOptions } from '#lib/server/events/widget/widget.ts';
import { siteUrlOf } from '#lib/server/http/site-url.ts';

/**
 * The embeddable list of events (public, like the calendar). Rendered here rather than as a
 * page so that it carries its own headers: frame-ancestors * (any site may embed it; the global
 * CSP allows only our own origin) and no scripts unless ?groesse=auto asks for the sizing one.
 */
export const GET: RequestHandler = async ({ locals, url }) => {
	allowAnyone(locals);
	const alliance = requireAlliance(locals);
	const options = widgetOptions(url.searchParams);
	const html = await renderWidget(getApp(), alliance, siteUrlOf(locals), options);
	return new Response(html, {
		headers: {
			'content-type': 'text/html; charset=utf-8',
			'content-security-policy': widgetCsp(options.autoSize),
			// Embedding sites fetch it often; a minute of caching is fresh enough for a calendar.
			'cache-control': 'public, max-age=60',
			'referrer-policy': 'strict-origin-when-cross-origin'
		}
	});
};
