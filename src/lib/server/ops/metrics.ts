/*
 * Counters for operators (Prometheus text format at /metrics behind METRICS_TOKEN): requests by
 * route and status, render time per route, page-cache hits, mail failures. In memory, per
 * process; Prometheus adds them up across instances. Route ids, not URLs, so the label set
 * stays small.
 */

import { getHeapSpaceStatistics } from 'node:v8';

interface RouteStats {
	count: number;
	seconds: number;
}

const requests = new Map<string, number>();
const renders = new Map<string, RouteStats>();
let cacheHits = 0;
let mailFailures = 0;

export function recordRequest(route: string, status: number, seconds: number): void {
	const key = `${route}\u0000${status}`;
	requests.set(key, (requests.get(key) ?? 0) + 1);
	const stats = renders.get(route) ?? { count: 0, seconds: 0 };
	stats.count++;
	stats.seconds += seconds;
	renders.set(route, stats);
}

export function recordCacheHit(): void {
	cacheHits++;
}

export function recordMailFailure(): void {
	mailFailures++;
}

function label(value: string): string {
	return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

export interface Gauges {
	jobsQueued: number;
	jobsFailed: number;
	/** the public page cache: entries, bytes held, byte budget */
	pageCache?: { entries: number; bytes: number; budget: number };
}

export function renderMetrics(gauges: Gauges): string {
	const lines: string[] = [
		'# HELP buendnis_http_requests_total Requests answered by the app, by route and status.',
		'# TYPE buendnis_http_requests_total counter'
	];
	for (const [key, n] of requests) {
		const [route, status] = key.split('\u0000');
		lines.push(
			`buendnis_http_requests_total{route="${label(route ?? '')}",status="${status}"} ${n}`
		);
	}
	lines.push(
		'# HELP buendnis_render_seconds Time spent answering requests, by route.',
		'# TYPE buendnis_render_seconds summary'
	);
	for (const [route, s] of renders) {
		lines.push(`buendnis_render_seconds_sum{route="${label(route)}"} ${s.seconds.toFixed(6)}`);
		lines.push(`buendnis_render_seconds_count{route="${label(route)}"} ${s.count}`);
	}
	lines.push(
		'# HELP buendnis_page_cache_hits_total Public pages answered from the page cache.',
		'# TYPE buendnis_page_cache_hits_total counter',
		`buendnis_page_cache_hits_total ${cacheHits}`,
		'# HELP buendnis_mail_failures_total Mails that could not be handed to the mail server.',
		'# TYPE buendnis_mail_failures_total counter',
		`buendnis_mail_failures_total ${mailFailures}`,
		'# HELP buendnis_jobs_queued Background jobs waiting to run.',
		'# TYPE buendnis_jobs_queued gauge',
		`buendnis_jobs_queued ${gauges.jobsQueued}`,
		'# HELP buendnis_jobs_failed Background jobs that failed for good (kept 30 days).',
		'# TYPE buendnis_jobs_failed gauge',
		`buendnis_jobs_failed ${gauges.jobsFailed}`
	);
	if (gauges.pageCache) {
		lines.push(
			'# HELP buendnis_page_cache_entries Pages held in the page cache (all encodings count once).',
			'# TYPE buendnis_page_cache_entries gauge',
			`buendnis_page_cache_entries ${gauges.pageCache.entries}`,
			'# HELP buendnis_page_cache_bytes Bytes held in the page cache, over all encodings.',
			'# TYPE buendnis_page_cache_bytes gauge',
			`buendnis_page_cache_bytes ${gauges.pageCache.bytes}`,
			'# HELP buendnis_page_cache_budget_bytes The page cache byte budget (by alliance count).',
			'# TYPE buendnis_page_cache_budget_bytes gauge',
			`buendnis_page_cache_budget_bytes ${gauges.pageCache.budget}`
		);
	}
	const memory = process.memoryUsage();
	lines.push(
		'# HELP buendnis_process_memory_bytes Memory of this process (rss, V8 heap, external).',
		'# TYPE buendnis_process_memory_bytes gauge',
		`buendnis_process_memory_bytes{kind="rss"} ${memory.rss}`,
		`buendnis_process_memory_bytes{kind="heap_total"} ${memory.heapTotal}`,
		`buendnis_process_memory_bytes{kind="heap_used"} ${memory.heapUsed}`,
		`buendnis_process_memory_bytes{kind="external"} ${memory.external}`,
		`buendnis_process_memory_bytes{kind="array_buffers"} ${memory.arrayBuffers}`,
		'# HELP buendnis_v8_space_physical_bytes Memory V8 holds per heap space (resident).',
		'# TYPE buendnis_v8_space_physical_bytes gauge',
		...getHeapSpaceStatistics().map(
			(space) =>
				`buendnis_v8_space_physical_bytes{space="${space.space_name}"} ${space.physical_space_size}`
		)
	);
	return lines.join('\n') + '\n';
}
