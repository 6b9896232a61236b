// The Familienwegweiser under load (issue #11): 5,000 offers, the filtered list and the site
// search rendered WITHOUT the page cache, on SQLite and — when reachable — PostgreSQL.
//
//   npm run bench                                   (part of the whole benchmark)
//   bash scripts/node.sh node bench/offers.ts [--duration=5] [--db=sqlite|postgres] [--keep]
//
// Per database: a first start of the app seeds the demo alliance; 5,000 offers are added in
// bulk (offers.bench.ts); the app is started again and every URL is first asked once (the first
// search brings the search index up to date: timed apart), then measured with autocannon at
// 1 and at CONNECTIONS connections, each request with a session cookie that makes the app
// skip its page cache. PostgreSQL gets its own database `benchoffers` (dropped afterwards)
// on the server of BENCH_DATABASE_URL or TEST_DATABASE_URL (default postgres@127.0.0.1/test).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { ROOT, startApp } from '../tests/e2e/support/app-process.ts';
import { createDb } from '../src/lib/server/db/db.ts';
import { seedBenchOffers } from '../src/lib/server/offers/offers.bench.ts';

export const OFFERS_WANTED = 5000;
const CONNECTIONS = 10;
const TARGET_P99_MS = 50;

/** A signed-out session cookie: the app looks it up, finds nothing and renders afresh. */
const NO_CACHE = { cookie: 'better-auth.session_token=lastprobe' };

const URLS = [
	{
		name: 'Angebote gefiltert (Lebenslage, Alter, kostenlos, Stadtteil, Sprache, Mittwoch)',
		path: '/angebote/liste?lebenslage=baby-kleinkind&alter=1&kostenlos=ja&stadtteil=Am+Hafen&sprache=tr&geoeffnet=3'
	},
	{
		name: 'Angebote einer Lebenslage (viele Treffer, Seite 2)',
		path: '/angebote/liste?lebenslage=beratung-hilfe&seite=2'
	},
	{ name: 'Angebote, alle (Seite 1)', path: '/angebote/liste' },
	{ name: 'Lebenslagen (Einstieg mit Zahlen)', path: '/angebote' },
	{ name: 'Suche „Krabbelgruppe türkisch“', path: '/suche?q=Krabbelgruppe+t%C3%BCrkisch' },
	{ name: 'Suche „Beratung“', path: '/suche?q=Beratung' }
];

export interface OffersRow {
	name: string;
	path: string;
	firstMs: number;
	bytes: number;
	single: { rps: number; p50: number; p99: number; cpuMsPerRequest: number };
	loaded: { rps: number; p50: number; p99: number; errors: number; non2xx: number };
}

export interface OffersResult {
	database: 'SQLite' | 'PostgreSQL';
	offers: number;
	seedMs: number;
	connections: number;
	/** 1-minute load average before and after: other work on the machine skews the latencies */
	load: [number, number];
	rows: OffersRow[];
	met: boolean;
}

/** CPU time (user + system) the process has used so far, in ms (Linux /proc). */
function cpuMs(pid: number): number {
	const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
	// utime and stime are fields 14 and 15 of stat, in clock ticks (100 per second on Linux).
	return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

async function measure(url: string, seconds: number, connections: number, pid?: number) {
	const cpuBefore = pid ? cpuMs(pid) : 0;
	const r = await autocannon({ url, connections, duration: seconds, headers: NO_CACHE });
	return {
		/** the app's CPU time per request: what the page costs, whatever else the machine does */
		cpuMsPerRequest: pid
			? Math.round(((cpuMs(pid) - cpuBefore) / Math.max(1, r.requests.total)) * 10) / 10
			: 0,
		rps: Math.round(r.requests.average),
		p50: r.latency.p50,
		p99: r.latency.p99,
		errors: r.errors + r.timeouts,
		non2xx: r.non2xx
	};
}

function postgresBase(): string {
	return (
		process.env.BENCH_DATABASE_URL ??
		process.env.TEST_DATABASE_URL ??
		'postgres://postgres@127.0.0.1:5432/test'
	);
}

async function postgresReachable(): Promise<boolean> {
	const client = new pg.Client({ connectionString: postgresBase(), connectionTimeoutMillis: 3000 });
	try {
		await client.connect();
		return true;
	} catch {
		return false;
	} finally {
		await client.end().catch(() => {});
	}
}

async function adminQuery(text: string): Promise<void> {
	const client = new pg.Client({ connectionString: postgresBase() });
	await client.connect();
	try {
		await client.query(text);
	} finally {
		await client.end();
	}
}

function withDatabase(url: string, name: string): string {
	const u = new URL(url);
	u.pathname = `/${name}`;
	return u.toString();
}

async function benchOne(
	database: 'SQLite' | 'PostgreSQL',
	seconds: number,
	keep: boolean
): Promise<OffersResult> {
	const work = path.join(ROOT, 'bench', 'tmp', `offers-${database.toLowerCase()}`);
	fs.rmSync(work, { recursive: true, force: true });
	const dataDir = path.join(work, 'data');
	fs.mkdirSync(dataDir, { recursive: true });
	const databaseUrl =
		database === 'PostgreSQL' ? withDatabase(postgresBase(), 'benchoffers') : undefined;
	if (databaseUrl) {
		await adminQuery('drop database if exists benchoffers with (force)');
		await adminQuery('create database benchoffers');
	}
	const env = { LOG_LEVEL: 'warn', ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) };
	try {
		const first = await startApp({
			dataDir,
			logFile: path.join(work, 'seed.log'),
			env: { ...env, SEED_DEMO: 'true' },
			timeoutMs: 180000
		});
		await first.stop();
		const handle = createDb({ databaseUrl, dataDir });
		const alliance = await handle.db
			.selectFrom('alliance')
			.select('id')
			.orderBy('created_at')
			.executeTakeFirstOrThrow();
		const started = performance.now();
		const seeded = await seedBenchOffers({ db: handle.db }, alliance.id, OFFERS_WANTED);
		const seedMs = Math.round(performance.now() - started);
		await handle.close();
		console.log(
			`… ${database}: ${seeded.offers} Angebote (${seeded.schedules} Öffnungszeiten) in ${seedMs} ms angelegt`
		);
		const app = await startApp({
			dataDir,
			logFile: path.join(work, 'app.log'),
			env: { ...env, SEED_DEMO: 'false' },
			timeoutMs: 180000
		});
		const rows: OffersRow[] = [];
		const loadBefore = Number((os.loadavg()[0] ?? 0).toFixed(1));
		try {
			for (const u of URLS) {
				const t0 = performance.now();
				const res = await fetch(app.url + u.path, { headers: NO_CACHE });
				const body = await res.arrayBuffer();
				const firstMs = Math.round(performance.now() - t0);
				if (res.status !== 200) throw new Error(`${u.path} answered ${res.status}`);
				console.log(`… ${database}: ${u.name}`);
				await measure(app.url + u.path, 2, 1);
				const single = await measure(app.url + u.path, seconds, 1, app.process.pid);
				const loaded = await measure(app.url + u.path, seconds, CONNECTIONS);
				rows.push({
					...u,
					firstMs,
					bytes: body.byteLength,
					single: {
						rps: single.rps,
						p50: single.p50,
						p99: single.p99,
						cpuMsPerRequest: single.cpuMsPerRequest
					},
					loaded
				});
			}
		} finally {
			await app.stop();
		}
		return {
			database,
			offers: seeded.offers,
			seedMs,
			connections: CONNECTIONS,
			load: [loadBefore, Number((os.loadavg()[0] ?? 0).toFixed(1))],
			rows,
			met: rows.every((r) => r.single.p99 < TARGET_P99_MS && !r.loaded.errors && !r.loaded.non2xx)
		};
	} finally {
		// --keep leaves the database for a closer look (EXPLAIN), until the next run.
		if (databaseUrl && !keep) await adminQuery('drop database if exists benchoffers with (force)');
	}
}

/** Runs the offers benchmark on the databases asked for; PostgreSQL only when reachable. */
export async function benchOffers(
	options: { seconds?: number; databases?: ('SQLite' | 'PostgreSQL')[]; keep?: boolean } = {}
): Promise<OffersResult[]> {
	const seconds = options.seconds ?? 5;
	const results: OffersResult[] = [];
	for (const db of options.databases ?? ['SQLite', 'PostgreSQL']) {
		if (db === 'PostgreSQL' && !(await postgresReachable())) {
			console.log(`… PostgreSQL nicht erreichbar (${postgresBase()}): übersprungen`);
			continue;
		}
		results.push(await benchOne(db, seconds, options.keep ?? false));
	}
	return results;
}

export function offersTable(results: OffersResult[]): string {
	return [
		`| Datenbank | Seite | erste Antwort | CPU je Anfrage | 1 Verbindung req/s | p50 / p99 | ${CONNECTIONS} Verbindungen req/s | p50 / p99 |`,
		`| --- | --- | --: | --: | --: | --: | --: | --: |`,
		...results.flatMap((r) =>
			r.rows.map(
				(row) =>
					`| ${r.database} | ${row.name} | ${row.firstMs} ms | ${row.single.cpuMsPerRequest} ms | ${row.single.rps} | ${row.single.p50} / ${row.single.p99} ms | ${row.loaded.rps} | ${row.loaded.p50} / ${row.loaded.p99} ms |`
			)
		),
		'',
		...results.map(
			(r) =>
				`${r.database}, ${r.offers} Angebote, ohne Seiten-Cache: p99 < ${TARGET_P99_MS} ms (1 Verbindung) ${r.met ? 'erreicht' : 'NICHT erreicht'} · Last ${r.load[0]} vorher, ${r.load[1]} nachher (${os.cpus().length} Kerne)`
		)
	].join('\n');
}

/** Runs the section, writes bench/results/<date>-offers.json and prints the table. */
export async function runOffersSection(
	options: Parameters<typeof benchOffers>[0] = {}
): Promise<OffersResult[]> {
	const results = await benchOffers(options);
	const date = new Date().toISOString();
	const out = path.join(
		ROOT,
		'bench',
		'results',
		`${date.slice(0, 19).replace(/:/g, '-')}-offers.json`
	);
	fs.mkdirSync(path.dirname(out), { recursive: true });
	fs.writeFileSync(out, JSON.stringify({ date, results }, null, '\t') + '\n');
	console.log('\n' + offersTable(results));
	console.log(`Ergebnis: ${path.relative(ROOT, out)}`);
	return results;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const args = process.argv.slice(2);
	const only = args.find((a) => a.startsWith('--db='))?.split('=')[1];
	await runOffersSection({
		seconds: Number(args.find((a) => a.startsWith('--duration='))?.split('=')[1] ?? 5),
		keep: args.includes('--keep'),
		databases: only === 'sqlite' ? ['SQLite'] : only === 'postgres' ? ['PostgreSQL'] : undefined
	});
}
