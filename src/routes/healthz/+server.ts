import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { checkHealth } from '#lib/server/ops/health.service.ts';

/**
 * Health for load balancers and monitoring; open to everyone (it says only "ok" or which part
 * is down, nothing about alliances or people). 503 when the database or the job runner is down.
 */
export const GET: RequestHandler = async () => {
	const health = await checkHealth(getApp());
	return json(
		{ status: health.ok ? 'ok' : 'error', database: health.database, jobs: health.jobs },
		{ status: health.ok ? 200 : 503, headers: { 'cache-control': 'no-store' } }
	);
};
