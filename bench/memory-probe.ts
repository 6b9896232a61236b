// Quick look at where the app's memory goes under the benchmark's mixed load, on the data the
// last `npm run bench` left in bench/tmp/data:
//   node bench/memory-probe.ts [seconds=20] [-- node flags for the app …]
// Prints RSS over time and, at the end, the app's memory by kind of mapping (/proc/<pid>/smaps):
// glibc malloc arenas (64 MB regions), the main heap, and other anonymous memory (V8's heap).
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { ROOT, startApp } from '../tests/e2e/support/app-process.ts';

const [secondsText, ...nodeArgs] = process.argv.slice(2).filter((a) => a !== '--');
const seconds = Number(secondsText ?? 20);
const work = path.join(ROOT, 'bench', 'tmp');
if (!fs.existsSync(path.join(work, 'data', 'buendnis.sqlite'))) {
	throw new Error('No benchmark data in bench/tmp/data: run `npm run bench -- --no-pg` first.');
}
const app = await startApp({
	dataDir: path.join(work, 'data'),
	logFile: path.join(work, 'probe.log'),
	env: {
		SEED_DEMO: 'false',
		LOG_LEVEL: 'warn',
		...(process.env.PROBE_ENV ? JSON.parse(process.env.PROBE_ENV) : {})
	},
	nodeArgs,
	timeoutMs: 180000
});
const pid = app.process.pid ?? 0;
const rss = () =>
	Math.round(
		Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024
	);

function smaps(): string {
	const text = fs.readFileSync(`/proc/${pid}/smaps`, 'utf8');
	const kinds = new Map<string, number>();
	let current = '';
	for (const line of text.split('\n')) {
		const head = /^([0-9a-f]+)-([0-9a-f]+)\s+\S+\s+\S+\s+\S+\s+\S+\s*(.*)$/.exec(line);
		if (head) {
			const sizeKb = (parseInt(head[2] ?? '0', 16) - parseInt(head[1] ?? '0', 16)) / 1024;
			const name = head[3] ?? '';
			current = name
				? name.startsWith('/')
					? `file ${path.basename(name)}`
					: name
				: sizeKb === 65536 || sizeKb === 131072
					? 'anon 64 MB (malloc arena?)'
					: 'anon other (V8 heap, big mallocs)';
			continue;
		}
		const r = /^Rss:\s+(\d+) kB/.exec(line);
		if (r) kinds.set(current, (kinds.get(current) ?? 0) + Number(r[1]));
	}
	return [...kinds]
		.sort((a, b) => b[1] - a[1])
		.slice(0, 12)
		.map(([k, v]) => `${String(Math.round(v / 1024)).padStart(6)} MB  ${k}`)
		.join('\n');
}

const NO_CACHE = { cookie: 'better-auth.session_token=lastprobe' };
const pages = [
	'/',
	'/neuigkeiten',
	'/ueber-uns',
	'/termine',
	`/termine/monat/${new Date().toISOString().slice(0, 7)}`,
	'/partner?art=kita'
];
const words = ['Kita', 'Familie', 'Sport', 'Musik', 'Beratung', 'Ferien', 'Eltern', 'Garten'];
let n = 0;
console.log(`RSS nach dem Start: ${rss()} MB`);
let max = rss();
const timer = setInterval(() => (max = Math.max(max, rss())), 200);
const result = await autocannon({
	url: app.url,
	connections: 50,
	duration: seconds,
	requests: [
		{
			setupRequest: (request) => {
				n++;
				const page = pages[n % pages.length] ?? '/';
				const [p, headers] =
					n % 4 === 0
						? [page, NO_CACHE]
						: n % 4 === 1
							? [`/termine?q=${words[n % words.length]}${n}`, {}]
							: n % 4 === 2
								? [`/partner?seite=${1 + (n % 16)}&n=${n}`, {}]
								: [page, { 'accept-encoding': 'br' }];
				return { ...request, path: p, headers: { ...request.headers, ...headers } };
			}
		}
	]
});
clearInterval(timer);
console.log(
	`Mischlast ${seconds} s: ${Math.round(result.requests.average)} req/s, non2xx ${result.non2xx}; RSS höchstens ${max} MB, jetzt ${rss()} MB`
);
console.log(smaps());
await app.stop();
