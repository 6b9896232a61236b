// npm run bench, PostgreSQL part (issue 14.7): one installation with 700 alliances (20 pages,
// 30 partners, 100 events each) against one with a single such alliance. For both: time from
// start to the first answer, RSS after the start, and what a page costs rendered afresh (median
// of sequential requests) for the first and the last alliance; then every alliance's four most
// visited pages once (RSS after it, and how many of those pages the page cache holds then).
// Each installation gets its own database (created, dropped afterwards; BENCH_KEEP_DB=true
// keeps it for a look with psql).
//   node bench/run.ts --only-pg       (this part alone; --alliances=N for another count)
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { sql } from 'kysely';
import { startApp, type RunningApp } from '../tests/e2e/support/app-process.ts';
import { createDb, type DB } from '../src/lib/server/db/db.ts';
import { createAlliance } from '../src/lib/server/alliances/alliance.service.ts';
import { seedBenchEvents } from '../src/lib/server/events/demo/events.bench.ts';
import { APP_ENV, APP_NODE_FLAGS } from './app-flags.ts';

export const PG_ADMIN_URL =
	process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const PAGES = 20;
const PARTNERS = 30;
const EVENTS = 100;
/** The pages whose cost is compared (within an alliance's /b/<slug> prefix). */
const COSTED = ['/', '/seite-1', '/termine', '/partner', '/neuigkeiten'];
/** The four pages of every alliance visited in the round over all alliances. */
const ROUND = ['/', '/seite-1', '/termine', '/partner'];
const NO_CACHE = { cookie: 'better-auth.session_token=lastprobe' };
const METRICS_TOKEN = 'lastprobe-metriken-0123456789';

/** The page cache's gauges from /metrics (entries, bytes, budget). */
async function cacheGauges(
	app: RunningApp
): Promise<{ entries: number; mb: number; budgetMb: number; heapUsedMb: number }> {
	const text = await (
		await fetch(`${app.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })
	).text();
	const gauge = (name: string) => Number(new RegExp(`^${name} (\\d+)`, 'm').exec(text)?.[1] ?? NaN);
	const mb = (n: number) => Number((n / 1024 / 1024).toFixed(1));
	return {
		entries: gauge('buendnis_page_cache_entries'),
		mb: mb(gauge('buendnis_page_cache_bytes')),
		budgetMb: mb(gauge('buendnis_page_cache_budget_bytes')),
		heapUsedMb: mb(gauge('buendnis_process_memory_bytes\\{kind="heap_used"\\}'))
	};
}

export async function postgresReachable(): Promise<boolean> {
	const client = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 3000 });
	try {
		await client.connect();
		await client.query('select 1');
		return true;
	} catch {
		return false;
	} finally {
		await client.end().catch(() => undefined);
	}
}

async function admin(statement: string): Promise<void> {
	const client = new pg.Client({ connectionString: PG_ADMIN_URL });
	await client.connect();
	try {
		await client.query(statement);
	} finally {
		await client.end();
	}
}

function databaseUrl(name: string): string {
	const url = new URL(PG_ADMIN_URL);
	url.pathname = `/${name}`;
	return url.href;
}

const KINDS = ['institution', 'company', 'association', 'kita', 'school', 'church', 'other'];
const DISTRICTS = ['Altstadt', 'Nordviertel', 'Am Hafen', 'Südfeld', 'Eichenau'];

/** One alliance as the benchmark wants it: 20 pages, 30 partners, 100 events. */
async function seedAlliance(db: DB, i: number): Promise<string> {
	const alliance = await createAlliance(
		{ db },
		{
			slug: `lastprobe-${i}`,
			name: `Lokales Bündnis für Familie Probestadt ${i}`,
			town: 'Probestadt'
		}
	);
	const now = new Date().toISOString();
	await db
		.insertInto('page')
		.values(
			Array.from({ length: PAGES }, (_, p) => ({
				id: crypto.randomUUID(),
				alliance_id: alliance.id,
				parent_id: null,
				slug: `seite-${p + 1}`,
				title: `Seite ${p + 1}: Angebote für Familien`,
				summary: 'Was das Bündnis für Familien in Probestadt tut.',
				body_html: `<p>${'Das Bündnis bringt Betriebe, Verwaltung, Kitas und Vereine zusammen. '.repeat(12)}</p>`,
				kind: 'page',
				position: p,
				published: 1,
				in_nav: p < 5 ? 1 : 0,
				created_at: now,
				updated_at: now,
				updated_by: null
			}))
		)
		.execute();
	await db
		.insertInto('partner')
		.values(
			Array.from({ length: PARTNERS }, (_, p) => ({
				id: crypto.randomUUID(),
				alliance_id: alliance.id,
				slug: `partner-${p + 1}`,
				name: `${['Familienbüro', 'Kita', 'Verein', 'Praxis', 'Werkstatt'][p % 5]} ${p + 1}`,
				kind: (KINDS[p % KINDS.length] ?? 'other') as 'other',
				description_html: '<p>Wir unterstützen Familien mit Beratung und offenen Angeboten.</p>',
				contribution: 'Ferienprogramm und Elternabende',
				street: `Musterweg ${p + 1}`,
				postal_code: '12345',
				city: 'Probestadt',
				district: DISTRICTS[p % DISTRICTS.length] ?? '',
				website: 'https://example.org',
				public_email: `kontakt${p}@example.org`,
				joined_on: '2020-01-01',
				created_at: now,
				updated_at: now
			}))
		)
		.execute();
	await seedBenchEvents({ db }, alliance.id, EVENTS);
	return alliance.id;
}

function memoryMb(pid: number): number {
	const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
	return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
}

/**
 * Waits until the app's ANALYZE after the start has finished (3 s for 700 alliances on this
 * machine): page costs are measured in steady state, the start is measured on its own.
 */
async function analyzeDone(name: string): Promise<void> {
	const client = new pg.Client({ connectionString: PG_ADMIN_URL });
	await client.connect();
	try {
		for (let i = 0; i < 600; i++) {
			const { rows } = await client.query<{ n: number }>(
				`select count(*)::int as n from pg_stat_activity
				 where datname = $1 and state = 'active' and query ilike 'analyze%'`,
				[name]
			);
			if (!rows[0]?.n) return;
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
	} finally {
		await client.end();
	}
}

async function timed(url: string, headers: Record<string, string> = {}): Promise<number> {
	const started = performance.now();
	const response = await fetch(url, { headers, redirect: 'manual' });
	await response.arrayBuffer();
	if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
	return performance.now() - started;
}

/** Median time of `n` sequential fresh renders of each page (after two for warming up). */
async function pageCosts(app: RunningApp, slug: string, n = 15): Promise<Record<string, number>> {
	const out: Record<string, number> = {};
	for (const page of COSTED) {
		const url = `${app.url}/b/${slug}${page === '/' ? '' : page}`;
		await timed(url, NO_CACHE);
		await timed(url, NO_CACHE);
		const times: number[] = [];
		for (let i = 0; i < n; i++) times.push(await timed(url, NO_CACHE));
		times.sort((a, b) => a - b);
		out[page] = Number((times[Math.floor(n / 2)] ?? 0).toFixed(1));
	}
	return out;
}

export interface InstallationResult {
	alliances: number;
	seedSeconds: number;
	startSeconds: number;
	rssAfterStartMb: number;
	/** ms per page, rendered afresh: the first alliance and the last */
	first: Record<string, number>;
	last: Record<string, number>;
	roundSeconds: number;
	rssAfterRoundMb: number;
	pagesVisited: number;
	/** the page cache after the round: entries, MB held, MB budget */
	cache: { entries: number; mb: number; budgetMb: number; heapUsedMb: number };
}

async function installation(count: number, work: string): Promise<InstallationResult> {
	const name = `bench_alliances_${count}`;
	await admin(`drop database if exists ${name}`);
	await admin(`create database ${name}`);
	const env = {
		...APP_ENV,
		DATABASE_URL: databaseUrl(name),
		SEED_DEMO: 'false',
		LOG_LEVEL: 'warn',
		JOB_RUNNER: 'false',
		METRICS_TOKEN
	};
	try {
		// First start: migrations.
		const first = await startApp({
			dataDir: path.join(work, name),
			logFile: path.join(work, `${name}-migrate.log`),
			env,
			timeoutMs: 180000
		});
		await first.stop();
		const seedStarted = performance.now();
		const handle = createDb({ databaseUrl: databaseUrl(name) });
		const slugs = Array.from({ length: count }, (_, i) => `lastprobe-${i + 1}`);
		// Alliance 1 first (it is the oldest, as in a real installation), the rest 8 at a time.
		await seedAlliance(handle.db, 1);
		let next = 2;
		await Promise.all(
			Array.from({ length: 8 }, async () => {
				for (let i = next++; i <= count; i = next++) {
					await seedAlliance(handle.db, i);
					if (i % 100 === 0) console.log(`… ${i} von ${count} Bündnissen angelegt`);
				}
			})
		);
		await sql`analyze`.execute(handle.db);
		await handle.close();
		const seedSeconds = (performance.now() - seedStarted) / 1000;

		const started = performance.now();
		const app = await startApp({
			dataDir: path.join(work, name),
			logFile: path.join(work, `${name}.log`),
			env,
			nodeArgs: APP_NODE_FLAGS,
			timeoutMs: 180000
		});
		const startSeconds = (performance.now() - started) / 1000;
		const pid = app.process.pid ?? 0;
		try {
			const rssAfterStartMb = memoryMb(pid);
			await analyzeDone(name);
			const firstSlug = slugs[0] ?? '';
			const lastSlug = slugs[slugs.length - 1] ?? '';
			const first = await pageCosts(app, firstSlug);
			const last = await pageCosts(app, lastSlug);
			// Every alliance's four pages once, as visitors spread over all of them would.
			const roundStarted = performance.now();
			const queue = slugs.flatMap((s) =>
				ROUND.map((p) => `${app.url}/b/${s}${p === '/' ? '' : p}`)
			);
			await Promise.all(
				Array.from({ length: 8 }, async () => {
					for (let url = queue.shift(); url; url = queue.shift()) await timed(url);
				})
			);
			const roundSeconds = (performance.now() - roundStarted) / 1000;
			const rssAfterRoundMb = memoryMb(pid);
			// What the page cache holds after the round (expired entries too: they stay until evicted
			// and are served while a render refreshes them).
			const cache = await cacheGauges(app);
			return {
				alliances: count,
				seedSeconds: Number(seedSeconds.toFixed(1)),
				startSeconds: Number(startSeconds.toFixed(2)),
				rssAfterStartMb,
				first,
				last,
				roundSeconds: Number(roundSeconds.toFixed(1)),
				rssAfterRoundMb,
				pagesVisited: count * ROUND.length,
				cache
			};
		} finally {
			await app.stop();
		}
	} finally {
		if (process.env.BENCH_KEEP_DB !== 'true') {
			await admin(`drop database if exists ${name}`).catch(() => undefined);
		}
	}
}

export interface ManyAlliancesResult {
	one: InstallationResult;
	many: InstallationResult;
	/** cost of alliance 1 and of the last alliance of `many`, relative to `one` (1.0 = equal) */
	ratioFirst: number;
	ratioLast: number;
	ratioStart: number;
	ratioRss: number;
	met: boolean;
}

const sum = (costs: Record<string, number>) => Object.values(costs).reduce((a, b) => a + b, 0);

export async function benchManyAlliances(work: string, count = 700): Promise<ManyAlliancesResult> {
	console.log(`… PostgreSQL: ein Bündnis`);
	const one = await installation(1, work);
	console.log(`… PostgreSQL: ${count} Bündnisse`);
	const many = await installation(count, work);
	const ratio = (a: number, b: number) => Number((a / Math.max(0.001, b)).toFixed(2));
	const ratioFirst = ratio(sum(many.first), sum(one.first));
	const ratioLast = ratio(sum(many.last), sum(one.first));
	const ratioStart = ratio(many.startSeconds, one.startSeconds);
	const ratioRss = ratio(many.rssAfterStartMb, one.rssAfterStartMb);
	return {
		one,
		many,
		ratioFirst,
		ratioLast,
		ratioStart,
		ratioRss,
		met: [ratioFirst, ratioLast, ratioStart, ratioRss].every((r) => r <= 1.2)
	};
}

export function describeManyAlliances(r: ManyAlliancesResult): string[] {
	const row = (label: string, i: InstallationResult) =>
		`| ${label} | ${i.seedSeconds} s | ${i.startSeconds} s | ${i.rssAfterStartMb} MB | ${sum(i.first).toFixed(1)} ms | ${sum(i.last).toFixed(1)} ms | ${i.roundSeconds} s | ${i.rssAfterRoundMb} MB (V8-Heap belegt ${i.cache.heapUsedMb} MB) | ${i.cache.entries} von ${i.pagesVisited} (${i.cache.mb} von ${i.cache.budgetMb} MB) |`;
	return [
		`PostgreSQL, ${r.many.alliances} Bündnisse gegen eines (je ${PAGES} Seiten, ${PARTNERS} Partner, ${EVENTS} Termine); Seitenkosten: Summe der Mediane frisch gerenderter Seiten ${COSTED.join(' ')}`,
		`| Installation | Anlegen | Start bis zur ersten Antwort | RSS nach dem Start | Seiten erstes Bündnis | Seiten letztes Bündnis | Runde über alle (je ${ROUND.length} Seiten) | RSS danach | Seiten im Cache danach |`,
		`| --- | --: | --: | --: | --: | --: | --: | --: | --: |`,
		row('1 Bündnis', r.one),
		row(`${r.many.alliances} Bündnisse`, r.many),
		`Verhältnis zu einem Bündnis: erstes ${r.ratioFirst}, letztes ${r.ratioLast}, Start ${r.ratioStart}, RSS ${r.ratioRss} (Ziel ≤ 1,2: ${r.met ? 'erreicht' : 'NICHT erreicht'})`
	];
}
