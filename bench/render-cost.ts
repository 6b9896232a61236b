// node bench/render-cost.ts [--requests=40] [--profile] [--load=3]
//
// CPU per uncached render, page by page, for visitors (public pages with a session cookie, so the
// page cache is bypassed), coordinators (/admin) and partner contacts (/intern): the app's CPU
// time (utime + stime from /proc/<pid>/stat) over `--requests` renders one after another, divided
// by their number; the issue's target is ≤ 10 ms per page. --load=S adds S seconds of autocannon
// at 50 connections per page (req/s, p99). Runs on the data of the last `npm run bench`
// (bench/tmp/data); `npm run bench` calls it too. --profile writes a CPU profile of the app
// (bench/tmp/profile) and prints where the time goes; --queries logs every SQL statement
// (LOG_SLOW_QUERIES_MS=0) and prints the statements that took longest in all (with --only=PATH:
// what one page asks of the database).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import SQLite from 'better-sqlite3';
import { ROOT, startApp, type RunningApp } from '../tests/e2e/support/app-process.ts';
import { APP_ENV, APP_NODE_FLAGS } from './app-flags.ts';

/** Anonymous but with a session cookie: the page cache answers no one who has one. */
export const NO_CACHE = { cookie: 'better-auth.session_token=lastprobe' };

/** The demo logins (README). */
const LOGINS = {
	coordinator: { email: 'koordination@musterstadt.example', password: 'Demo-Koordination-2026' },
	partner: { email: 'partner@musterstadt.example', password: 'Demo-Partner-2026' }
};

export interface RenderCost {
	who: 'visitor' | 'coordinator' | 'partner';
	path: string;
	status: number;
	bytes: number;
	/** CPU of the app per render: the median of five blocks' means */
	cpuMs: number;
	/**
	 * The calendar's pages: CPU per render when each render is the first after a change (the
	 * content version raised in the database file before it), so nothing kept per version helps
	 */
	afterChangeMs?: number;
	/** with --load: 50 connections */
	load?: { rps: number; p50: number; p99: number; non2xx: number };
}

/** The app's CPU time so far in milliseconds (user + system, from /proc). */
function cpuMsOf(pid: number): number {
	const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
	// Fields after the command name (which may contain spaces) start after the last ')'.
	const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
	const ticks = Number(fields[11]) + Number(fields[12]);
	return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
}

async function signIn(url: string, login: { email: string; password: string }): Promise<string> {
	// The sign-in form, as a browser without JavaScript sends it.
	const response = await fetch(`${url}/anmelden?/password`, {
		method: 'POST',
		headers: {
			'content-type': 'application/x-www-form-urlencoded',
			accept: 'text/html',
			origin: url
		},
		body: new URLSearchParams({ ...login, weiter: '' }),
		redirect: 'manual'
	});
	if (response.status !== 303) {
		const text = (await response.text()).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
		throw new Error(`sign-in of ${login.email}: ${response.status} ${text.slice(0, 600)}`);
	}
	const cookies = response.headers.getSetCookie().map((c) => c.split(';')[0]);
	return cookies.join('; ');
}

/** The addresses of one page of each kind the bench data has (an event, a partner, …). */
function samplePaths(dataDir: string): {
	visitor: string[];
	coordinator: string[];
	partner: string[];
} {
	const db = new SQLite(path.join(dataDir, 'buendnis.sqlite'), { readonly: true });
	try {
		const one = (query: string) =>
			(db.prepare(query).get() as { v: string } | undefined)?.v ?? null;
		const event = one(
			`select slug as v from event where status = 'published' and rrule is null order by start_utc desc limit 1`
		);
		const partner = one(`select slug as v from partner order by name limit 1`);
		const news = one(
			`select slug as v from news_post where published_at is not null order by published_at desc limit 1`
		);
		const month = new Date().toISOString().slice(0, 7);
		const visitor = [
			'/',
			'/neuigkeiten',
			...(news ? [`/neuigkeiten/${news}`] : []),
			'/ueber-uns',
			'/termine',
			`/termine/monat/${month}`,
			`/termine/tag/${new Date().toISOString().slice(0, 10)}`,
			'/termine/archiv',
			...(event ? [`/termine/${event}`] : []),
			'/partner',
			'/partner?art=kita&stadtteil=S%C3%BCdfeld',
			...(partner ? [`/partner/${partner}`] : []),
			'/angebote',
			'/angebote/liste',
			'/suche?q=familie',
			'/kontakt',
			'/mitmachen'
		];
		const coordinator = [
			'/admin',
			'/admin/termine',
			'/admin/partner',
			'/admin/seiten',
			'/admin/neuigkeiten',
			'/admin/angebote',
			'/admin/anliegen',
			'/admin/personen'
		];
		const partnerPages = ['/intern', '/intern/termine', '/intern/verzeichnis', '/intern/pinnwand'];
		return { visitor, coordinator, partner: partnerPages };
	} finally {
		db.close();
	}
}

async function get(url: string, headers: Record<string, string>) {
	const response = await fetch(url, { headers, redirect: 'manual' });
	const body = await response.arrayBuffer();
	return { status: response.status, bytes: body.byteLength };
}

/** Pages whose data is kept per content version: measured also as the first render after a change. */
const AFTER_CHANGE = /^\/termine(\/monat\/[\d-]+)?$/;

/** CPU per render of each page, with the given app (already running on the bench data). */
export async function measureRenderCosts(
	app: RunningApp,
	dataDir: string,
	options: {
		requests?: number;
		loadSeconds?: number;
		/** only paths that match this regular expression */
		only?: string;
		log?: (line: string) => void;
	} = {}
): Promise<RenderCost[]> {
	const requests = options.requests ?? 40;
	const log = options.log ?? console.log;
	const pid = app.process.pid ?? 0;
	const paths = samplePaths(dataDir);
	const cookies = {
		visitor: NO_CACHE.cookie,
		coordinator: await signIn(app.url, LOGINS.coordinator),
		partner: await signIn(app.url, LOGINS.partner)
	};
	const results: RenderCost[] = [];
	for (const who of ['visitor', 'coordinator', 'partner'] as const) {
		for (const page of paths[who].filter(
			(p) => !options.only || new RegExp(options.only).test(p)
		)) {
			const headers = { cookie: cookies[who] };
			const url = app.url + page;
			let first = { status: 0, bytes: 0 };
			for (let i = 0; i < 15; i++) first = await get(url, headers);
			// Five blocks, the median block's mean: a block that met a major collection or the
			// shared machine's other work does not decide the figure. /proc counts CPU in 10 ms
			// ticks: 20 renders per block (100 requests) measure to half a millisecond.
			const blocks: number[] = [];
			const perBlock = Math.max(1, Math.round(requests / 5));
			for (let b = 0; b < 5; b++) {
				const before = cpuMsOf(pid);
				for (let i = 0; i < perBlock; i++) await get(url, headers);
				blocks.push((cpuMsOf(pid) - before) / perBlock);
			}
			const cpuMs = blocks.sort((x, y) => x - y)[2] ?? 0;
			const result: RenderCost = {
				who,
				path: page,
				status: first.status,
				bytes: first.bytes,
				cpuMs
			};
			if (AFTER_CHANGE.test(page)) {
				// As an edit would: the alliance's content version raised in the file, which the
				// app sees (PRAGMA data_version) at its next request.
				const file = new SQLite(path.join(dataDir, 'buendnis.sqlite'));
				const bump = file.prepare('update alliance set content_version = content_version + 1');
				const changed: number[] = [];
				try {
					for (let b = 0; b < 5; b++) {
						let spent = 0;
						for (let i = 0; i < perBlock; i++) {
							bump.run();
							const before = cpuMsOf(pid);
							await get(url, headers);
							spent += cpuMsOf(pid) - before;
						}
						changed.push(spent / perBlock);
					}
				} finally {
					file.close();
				}
				result.afterChangeMs = changed.sort((x, y) => x - y)[2] ?? 0;
			}
			if (options.loadSeconds) {
				const run = await autocannon({
					url,
					connections: 50,
					duration: options.loadSeconds,
					headers
				});
				result.load = {
					rps: Math.round(run.requests.average),
					p50: run.latency.p50,
					p99: run.latency.p99,
					non2xx: run.non2xx
				};
			}
			results.push(result);
			log(
				`… ${who.padEnd(11)} ${page.padEnd(48)} ${String(first.status).padStart(3)} ${(first.bytes / 1024).toFixed(1).padStart(6)} KB  ${cpuMs.toFixed(1).padStart(5)} ms CPU${result.afterChangeMs !== undefined ? ` (nach einer Änderung ${result.afterChangeMs.toFixed(1)} ms)` : ''}${result.load ? `  ${result.load.rps} req/s, p99 ${result.load.p99} ms` : ''}`
			);
		}
	}
	return results;
}

/** A markdown table of the results (README, docs/performance.md). */
export function describeRenderCosts(results: RenderCost[], targetMs = 10): string[] {
	const withLoad = results.some((r) => r.load);
	return [
		`| wer | Seite | Status | Größe | CPU je Render${withLoad ? ' | req/s (50 Verb.) | p99' : ''} |`,
		`| --- | --- | --: | --: | --:${withLoad ? ' | --: | --:' : ''} |`,
		...results.map(
			(r) =>
				`| ${r.who} | \`${r.path}\` | ${r.status} | ${(r.bytes / 1024).toFixed(1)} KB | ${r.cpuMs.toFixed(1)} ms${r.cpuMs > targetMs ? ' ✗' : ''}${r.afterChangeMs !== undefined ? ` (nach einer Änderung ${r.afterChangeMs.toFixed(1)} ms${r.afterChangeMs > targetMs ? ' ✗' : ''})` : ''}${r.load ? ` | ${r.load.rps} | ${r.load.p99} ms` : withLoad ? ' | | ' : ''} |`
		)
	];
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const args = process.argv.slice(2);
	const num = (name: string, fallback: number) =>
		Number(args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
	const profile = args.includes('--profile');
	const work = path.join(ROOT, 'bench', 'tmp');
	const dataDir = path.join(work, 'data');
	if (!fs.existsSync(path.join(dataDir, 'buendnis.sqlite'))) {
		console.error('No bench data: run `npm run bench` first (it leaves bench/tmp/data).');
		process.exit(1);
	}
	const profileDir = path.join(work, 'profile');
	fs.mkdirSync(profileDir, { recursive: true });
	const queries = args.includes('--queries');
	const logFile = path.join(work, 'render-cost.log');
	const app = await startApp({
		dataDir,
		logFile,
		env: {
			...APP_ENV,
			SEED_DEMO: 'false',
			LOG_LEVEL: 'warn',
			...(queries ? { LOG_SLOW_QUERIES_MS: '0' } : {})
		},
		nodeArgs: [...APP_NODE_FLAGS, ...(profile ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : [])],
		timeoutMs: 180000
	});
	console.log(`load ${os.loadavg()[0]?.toFixed(2)}`);
	try {
		const results = await measureRenderCosts(app, dataDir, {
			requests: num('requests', 40),
			loadSeconds: num('load', 0),
			only: args.find((a) => a.startsWith('--only='))?.slice('--only='.length)
		});
		console.log(describeRenderCosts(results).join('\n'));
	} finally {
		await app.stop();
	}
	if (profile) console.log(`profile in ${profileDir}`);
	if (queries) {
		const bySql = new Map<string, { n: number; ms: number }>();
		for (const line of fs.readFileSync(logFile, 'utf8').split('\n')) {
			if (!line.startsWith('{')) continue;
			const entry = JSON.parse(line) as { msg?: string; sql?: string; ms?: number };
			if (entry.msg !== 'slow query' || !entry.sql) continue;
			const key = entry.sql.replace(/\s+/g, ' ').slice(0, 160);
			const sum = bySql.get(key) ?? { n: 0, ms: 0 };
			sum.n++;
			sum.ms += entry.ms ?? 0;
			bySql.set(key, sum);
		}
		console.log('Statements by total time (count, total ms, mean ms):');
		for (const [sql, sum] of [...bySql].sort((a, b) => b[1].ms - a[1].ms).slice(0, 25)) {
			console.log(
				`${String(sum.n).padStart(6)} ${sum.ms.toFixed(0).padStart(7)} ${(sum.ms / sum.n).toFixed(2).padStart(7)}  ${sql}`
			);
		}
	}
}
