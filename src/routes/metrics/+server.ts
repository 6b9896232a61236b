import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { hasMetricsAccess } from '#lib/server/auth/permissions.ts';
import { metricsText } from '#lib/server/ops/health.service.ts';

/** Prometheus metrics behind METRICS_TOKEN (Authorization: Bearer …); 404 otherwise. */
export const GET: RequestHandler = async ({ request }) => {
	const app = getApp();
	if (!hasMetricsAccess(request, app.env.METRICS_TOKEN)) error(404, 'error.notFound');
	return new Response(await metricsText(app), {
		headers: {
			'content-type': 'text/plain; version=0.0.4; charset=utf-8',
			'cache-control': 'no-store'
		}
	});
};
