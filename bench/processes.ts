// Several serving processes on SQLite (PROCESSES=N, scripts/start.ts): the pages that the page
// cache does not answer (signed-out session cookie), at 50 connections, against one process on
// the same data, and the memory of all processes together (supervisor included).
// `npm run bench` runs it after the one-process measurements; alone, on the data the last run
// left in bench/tmp/data: node bench/processes.ts [--processes=2] [--duration=5]
import fs from 'node:fs';
import path from 'node:path';
import autocannon, { type Result } from 'autocannon';
import { ROOT, childProcesses, startApp } from '../tests/e2e/support/app-process.ts';
import { APP_ENV, APP_NODE_FLAGS } from './app-flags.ts';
import { NO_CACHE } from './render-cost.ts';

export interface ProcessesRow {
	path: string;
	processes: number;
	rps: number;
	p50: number;
	p99: number;
	errors: number;
	non2xx: number;
}

export interface ProcessesResult {
	processes: number[];
	rows: ProcessesRow[];
	/** all processes of the installation together, MB */
	rssAfterStartMb: Record<string, number>;
	peakRssMb: Record<string, number>;
}

/** RSS of a process and every process it started (the supervisor and its workers), MB. */
function treeRssMb(pid: number): number {
	const kb = (p: number) =>
		Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0);
	const children = childProcesses(pid);
	try {
		return Math.round((kb(pid) + children.reduce((s, c) => s + kb(c), 0)) / 1024);
	} catch {
		return 0;
	}
}

export async function measureProcesses(options: {
	dataDir: string;
	paths: string[];
	processes: number[];
	seconds: number;
	warmupSeconds?: number;
	connections?: number;
	log?: (line: string) => void;
}): Promise<ProcessesResult> {
	const log = options.log ?? console.log;
	const result: ProcessesResult = {
		processes: options.processes,
		rows: [],
		rssAfterStartMb: {},
		peakRssMb: {}
	};
	for (const count of options.processes) {
		const app = await startApp({
			dataDir: options.dataDir,
			logFile: path.join(ROOT, 'bench', 'tmp', `processes-${count}.log`),
			env: { ...APP_ENV, SEED_DEMO: 'false', LOG_LEVEL: 'warn', PROCESSES: String(count) },
			nodeArgs: APP_NODE_FLAGS,
			timeoutMs: 180000
		});
		const pid = app.process.pid ?? 0;
		result.rssAfterStartMb[count] = treeRssMb(pid);
		let peak = result.rssAfterStartMb[count] ?? 0;
		const sampler = setInterval(() => (peak = Math.max(peak, treeRssMb(pid))), 200);
		try {
			for (const page of options.paths) {
				log(`… ${count} Prozess(e): ${page} ohne Cache`);
				const run = (seconds: number) =>
					autocannon({
						url: app.url + page,
						connections: options.connections ?? 50,
						duration: seconds,
						headers: NO_CACHE
					}) as Promise<Result>;
				await run(options.warmupSeconds ?? 3);
				const measured = await run(options.seconds);
				result.rows.push({
					path: page,
					processes: count,
					rps: Math.round(measured.requests.average),
					p50: measured.latency.p50,
					p99: measured.latency.p99,
					errors: measured.errors + measured.timeouts,
					non2xx: measured.non2xx
				});
			}
		} finally {
			clearInterval(sampler);
			result.peakRssMb[count] = peak;
			await app.stop();
		}
	}
	return result;
}

export function describeProcesses(result: ProcessesResult): string[] {
	const counts = result.processes;
	return [
		`| Seite ohne Cache, 50 Verbindungen | ${counts.map((c) => `${c} Prozess${c > 1 ? 'e' : ''}: req/s, p50 / p99`).join(' | ')} |`,
		`| --- | ${counts.map(() => '--:').join(' | ')} |`,
		...[...new Set(result.rows.map((r) => r.path))].map(
			(p) =>
				`| \`${p}\` | ${counts
					.map((c) => {
						const r = result.rows.find((x) => x.path === p && x.processes === c);
						return r ? `${r.rps}, ${r.p50} / ${r.p99} ms${r.non2xx || r.errors ? ' ✗' : ''}` : '–';
					})
					.join(' | ')} |`
		),
		`| RSS aller Prozesse nach dem Start / höchstens | ${counts.map((c) => `${result.rssAfterStartMb[c]} / ${result.peakRssMb[c]} MB`).join(' | ')} |`
	];
}

if (import.meta.main) {
	const args = process.argv.slice(2);
	const dataDir = path.join(ROOT, 'bench', 'tmp', 'data');
	if (!fs.existsSync(path.join(dataDir, 'buendnis.sqlite')))
		throw new Error('No benchmark data in bench/tmp/data: run `npm run bench -- --no-pg` first.');
	const wanted = Number(args.find((a) => a.startsWith('--processes='))?.split('=')[1] ?? 2);
	const seconds = Number(args.find((a) => a.startsWith('--duration='))?.split('=')[1] ?? 5);
	const month = new Date().toISOString().slice(0, 7);
	const result = await measureProcesses({
		dataDir,
		paths: ['/', '/termine', `/termine/monat/${month}`],
		processes: [1, wanted],
		seconds
	});
	console.log(describeProcesses(result).join('\n'));
}
