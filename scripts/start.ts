// npm start: checks the settings, builds the app if the sources are newer than the build,
// then serves it (migrations run at start; an empty database gets the demo alliance unless
// SEED_DEMO=false) and prints the address and the demo logins. With PROCESSES=N (N > 1) this
// process only supervises: N processes serve the port (node:cluster), the first one migrates,
// seeds and runs the background jobs before the others start; one that dies is replaced.
import { spawnSync } from 'node:child_process';
import cluster, { type Worker } from 'node:cluster';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Env } from '../src/lib/server/env.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

process.env.SEED_DEMO ??= 'true';
process.env.NODE_ENV ??= 'production';

/** The settings, checked; a wrong value stops the start with a message naming it. */
async function settings(): Promise<Env> {
	const { EnvError, parseEnv } = await import('../src/lib/server/env.ts');
	try {
		return parseEnv(process.env);
	} catch (error) {
		console.error(error instanceof EnvError ? error.message : error);
		process.exit(1);
	}
}

function newestMtime(entry: string): number {
	if (!fs.existsSync(entry)) return 0;
	const stat = fs.statSync(entry);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let newest = 0;
	for (const name of fs.readdirSync(entry))
		newest = Math.max(newest, newestMtime(path.join(entry, name)));
	return newest;
}

/** Builds the app when the sources are newer than the last build (after `npm install`, edits). */
function buildIfChanged(): void {
	const stamp = path.join(root, 'build', '.built');
	const sources = ['src', 'static', 'vite.config.ts', 'package.json', 'package-lock.json'];
	const sourceTime = Math.max(...sources.map((s) => newestMtime(path.join(root, s))));
	const builtTime = fs.existsSync(stamp) ? fs.statSync(stamp).mtimeMs : 0;
	if (
		!fs.existsSync(path.join(root, 'build', 'handler.js')) ||
		(sourceTime > builtTime && fs.existsSync('src'))
	) {
		console.log('Baue die Anwendung (einmalig nach Installation oder Änderungen) …');
		const result = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
			stdio: ['ignore', 'ignore', 'inherit'],
			env: { ...process.env, NODE_ENV: 'production' }
		});
		if (result.status !== 0) {
			console.error('Der Build ist fehlgeschlagen.');
			process.exit(result.status ?? 1);
		}
		fs.writeFileSync(stamp, new Date().toISOString());
	}
}

if (cluster.isPrimary) buildIfChanged();

/** The address, the database and the demo logins, printed once the site answers. */
async function banner(env: Env, needsSetup: boolean): Promise<string> {
	const { DEMO_LOGINS, DEMO_OPERATOR, DEMO_OPERATOR_FILE } =
		await import('../src/lib/server/demo/demo-logins.ts');
	const url = env.PUBLIC_URL ?? `http://localhost:${env.PORT}`;
	const lines = [
		'',
		`  Bündnis läuft: ${url}`,
		`  Datenbank: ${env.DATABASE_URL ? 'PostgreSQL' : path.join(env.dataDir, 'buendnis.sqlite')}`
	];
	if (env.PROCESSES > 1) lines.push(`  Prozesse: ${env.PROCESSES}`);
	const operatorFile = path.join(env.dataDir, DEMO_OPERATOR_FILE);
	if (env.SEED_DEMO) {
		lines.push('', '  Demo-Zugänge (Lokales Bündnis für Familie Musterstadt):');
		for (const login of DEMO_LOGINS) {
			lines.push(`    ${login.label.padEnd(22)} ${login.email.padEnd(36)} ${login.password}`);
		}
		if (fs.existsSync(operatorFile)) {
			const password = fs.readFileSync(operatorFile, 'utf8').trim();
			lines.push(
				`    ${DEMO_OPERATOR.label.padEnd(22)} ${DEMO_OPERATOR.email.padEnd(36)} ${password}`,
				`    (Betriebspasswort zufällig erzeugt, steht nur in ${operatorFile})`
			);
		}
	}
	if (needsSetup) {
		lines.push(
			'',
			'  Noch kein Betriebskonto: legen Sie es mit `npm run setup` an (eigenes Passwort).'
		);
	}
	lines.push('', `  Anmelden: ${url}/anmelden`, '');
	return lines.join('\n');
}

/** Serves the port in this process (alone, or as one of PROCESSES under the supervisor). */
async function serve(): Promise<void> {
	const env = await settings();
	// adapter-node settings: uploads up to 25 MB; the scheme comes from X-Forwarded-Proto only when
	// a configured proxy sets it (TRUST_PROXY=true), otherwise from PUBLIC_URL (http for a local
	// start). The header is rewritten below for every request, so a client's own value never counts.
	process.env.BODY_SIZE_LIMIT ??= '26M';
	process.env.PROTOCOL_HEADER = 'x-forwarded-proto';
	const scheme = env.PUBLIC_URL?.startsWith('https://') ? 'https' : 'http';
	const trustProxy = env.TRUST_PROXY;
	// Imported here: the supervisor (PROCESSES > 1) needs none of it.
	const { rawAnswer, takeFastPath } = await import('../src/lib/server/cache/fast-path.ts');
	const { PROXY_HEADERS, requestScheme } = await import('../src/lib/server/http/forwarded.ts');
	const { letOneClickThrough } = await import('../src/lib/server/newsletter/one-click.ts');
	const { handler } = (await import(path.join(root, 'build', 'handler.js'))) as {
		handler: (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void;
	};
	// Public pages that anonymous visitors have seen before come straight from the app's page
	// cache (same keys and invalidation as in hooks.server.ts), without SvelteKit's request cycle.
	const cachedPageFor = takeFastPath();
	const server = http.createServer((req, res) => {
		req.headers['x-forwarded-proto'] = requestScheme(req.headers['x-forwarded-proto'], {
			trustProxy,
			fallback: scheme
		});
		if (!trustProxy) for (const name of PROXY_HEADERS) delete req.headers[name];
		// RFC 8058 one-click unsubscribe: a cross-origin POST SvelteKit's CSRF check would refuse.
		letOneClickThrough(req);
		const hit = cachedPageFor?.(req);
		if (hit) {
			// By Accept-Encoding (stored compressed), or 304 when the client's copy is current.
			const answer = rawAnswer(hit, req);
			res.writeHead(answer.status, [...answer.headers.flat(), 'x-cache', 'hit']);
			res.end(answer.body ?? undefined);
			return;
		}
		handler(req, res, () => {
			res.statusCode = 404;
			res.end('Not found');
		});
	});
	server.listen(env.PORT, env.HOST, () => {
		const needsSetup = Boolean(
			(globalThis as Record<symbol, unknown>)[Symbol.for('buendnis.needsOperatorSetup')]
		);
		void banner(env, needsSetup).then((text) => {
			if (cluster.isWorker) process.send?.({ ready: true, banner: text });
			else console.log(text);
		});
	});

	const shutdown = () => {
		// Lets the app finish what it is doing (the job runner stops after the running job).
		process.emit('sveltekit:shutdown' as never);
		server.close(() => process.exit(0));
		setTimeout(() => process.exit(0), 5000).unref();
	};
	process.on('SIGINT', shutdown);
	process.on('SIGTERM', shutdown);
}

/**
 * PROCESSES > 1: this process starts the serving processes and keeps them running. The first
 * migrates the database, seeds the demo and runs the background jobs (JOB_RUNNER as set); the
 * others start once it answers, without demo and jobs. A process that dies is replaced.
 */
function supervise(count: number): void {
	// Settings of a role over the supervisor's own (the roles are told apart by identity).
	const first: Record<string, string> = {};
	const other: Record<string, string> = { SEED_DEMO: 'false', JOB_RUNNER: 'false' };
	const roles = new Map<Worker, Record<string, string>>();
	const answering = new Set<Worker>();
	let stopping = false;
	let announced = false;
	let text = '';
	const start = (role: Record<string, string>) => {
		const worker = cluster.fork(role);
		roles.set(worker, role);
		worker.on('message', (message: { ready?: boolean; banner?: string }) => {
			if (!message?.ready) return;
			answering.add(worker);
			if (role === first) {
				text ||= message.banner ?? '';
				if (!announced && answering.size === 1) {
					for (let n = 1; n < count; n++) start(other);
				}
			}
			if (!announced && answering.size >= count) {
				announced = true;
				console.log(text);
			}
		});
	};
	cluster.on('exit', (worker, code, signal) => {
		const role = roles.get(worker) ?? other;
		const answered = answering.delete(worker);
		roles.delete(worker);
		if (stopping) {
			if (roles.size === 0) process.exit();
			return;
		}
		if (!answered) {
			// It never answered (wrong settings, a database it cannot open): starting it again
			// would fail the same way.
			console.error('Die Anwendung konnte nicht starten.');
			stop(code || 1);
			return;
		}
		console.error(
			`Ein Prozess der Anwendung endete (${signal ?? `Code ${code}`}); er wird neu gestartet.`
		);
		// Not unref'd: with every process gone this timer is what keeps the supervisor alive.
		setTimeout(() => start(role), 1000);
	});
	function stop(exitCode = 0) {
		if (stopping) return;
		stopping = true;
		process.exitCode = exitCode;
		for (const worker of roles.keys()) worker.process.kill('SIGTERM');
		if (roles.size === 0) process.exit();
		setTimeout(() => {
			for (const worker of roles.keys()) worker.process.kill('SIGKILL');
			process.exit();
		}, 10_000).unref();
	}
	process.on('SIGINT', () => stop());
	process.on('SIGTERM', () => stop());
	start(first);
}

// The supervisor reads only PROCESSES (the serving processes check every setting, this one too).
const processes = Number(process.env.PROCESSES ?? 1);
if (cluster.isPrimary && Number.isInteger(processes) && processes > 1 && processes <= 64)
	supervise(processes);
else await serve();
