import { isHttpError } from '@sveltejs/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/lib/server/app.ts';
import { Kysely, SqliteDialect } from 'kysely';
import { createDb } from '../../src/lib/server/db/db.ts';
import type { Database } from '../../src/lib/server/db/schema.ts';
import { checkHealth } from '../../src/lib/server/ops/health.service.ts';
import { recordRequest } from '../../src/lib/server/ops/metrics.ts';
import { outcome, requestEvent, startAppForRoutes } from '../support/app-for-routes.ts';
import * as healthz from '../../src/routes/healthz/+server.ts';
import * as metrics from '../../src/routes/metrics/+server.ts';

/* Operators see the system: /healthz for everyone, /metrics only with METRICS_TOKEN. */

const TOKEN = 'metrik-token-fuer-tests-1234';
let app: App;
let close: () => Promise<void>;
const base = 'http://localhost:5999';
const locals = { alliance: null, prefix: '', locale: 'de' as const, viewer: null };

beforeAll(async () => {
	process.env.METRICS_TOKEN = TOKEN;
	({ app, close } = await startAppForRoutes());
});
afterAll(async () => {
	delete process.env.METRICS_TOKEN;
	await close();
});

function get(url: string, headers: Record<string, string> = {}) {
	const event = requestEvent({ url, locals });
	for (const [k, v] of Object.entries(headers)) event.request.headers.set(k, v);
	return event as never;
}

describe('/healthz and /metrics', () => {
	it('/healthz says ok while the database answers, and 503 when it does not', async () => {
		const response = (await healthz.GET(get(`${base}/healthz`))) as Response;
		expect(response.status).toBe(200);
		expect(await response.json()).toEqual({ status: 'ok', database: 'ok', jobs: 'disabled' });

		// A database that cannot be reached: nothing listens on port 1; a SQLite file that cannot open.
		const broken =
			app.dialect === 'postgres'
				? createDb({ databaseUrl: 'postgres://nobody@127.0.0.1:1/none' }).db
				: new Kysely<Database>({
						dialect: new SqliteDialect({
							database: async () => {
								throw new Error('disk gone');
							}
						})
					});
		expect(await checkHealth({ db: broken })).toMatchObject({
			ok: false,
			database: 'unreachable'
		});
	});

	it('/metrics is hidden without the token and speaks Prometheus with it', async () => {
		for (const headers of [{}, { authorization: 'Bearer falsch' }] as Record<string, string>[]) {
			const denied = await outcome(() => metrics.GET(get(`${base}/metrics`, headers)));
			expect(isHttpError(denied.thrown) && denied.thrown.status).toBe(404);
		}
		recordRequest('/termine', 200, 0.012);
		const response = (await metrics.GET(
			get(`${base}/metrics`, { authorization: `Bearer ${TOKEN}` })
		)) as Response;
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toContain('text/plain');
		const text = await response.text();
		expect(text).toMatch(/buendnis_http_requests_total\{route="\/termine",status="200"\} \d+/);
		expect(text).toContain('buendnis_render_seconds_count{route="/termine"}');
		expect(text).toMatch(/buendnis_jobs_queued \d+/);
		expect(text).toMatch(/buendnis_page_cache_hits_total \d+/);
		expect(text).toMatch(/buendnis_mail_failures_total \d+/);
		// The page cache's size and budget (by alliance count), the process's memory.
		expect(text).toMatch(/buendnis_page_cache_entries \d+/);
		expect(text).toMatch(/buendnis_page_cache_bytes \d+/);
		expect(Number(/buendnis_page_cache_budget_bytes (\d+)/.exec(text)?.[1])).toBeGreaterThanOrEqual(
			16 * 1024 * 1024
		);
		expect(
			Number(/buendnis_process_memory_bytes\{kind="rss"\} (\d+)/.exec(text)?.[1])
		).toBeGreaterThan(0);
		// Where V8's share of it lies (the old generation holds the app's objects).
		expect(
			Number(/buendnis_v8_space_physical_bytes\{space="old_space"\} (\d+)/.exec(text)?.[1])
		).toBeGreaterThan(0);
	});
});
