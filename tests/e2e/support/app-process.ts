// Starting and stopping the built app (node scripts/start.ts) for end-to-end tests and the
// benchmark. Each instance gets its own port, data folder and log file.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * A local port nobody listens on, from our range (5190–5389), tried from a random start: several
 * test runs on one machine (each with an app or two) must not race for the same first port.
 */
export async function freePort(from = 5190, to = 5389): Promise<number> {
	const size = to - from + 1;
	const start = Math.floor(Math.random() * size);
	for (let i = 0; i < size; i++) {
		const port = from + ((start + i) % size);
		const free = await new Promise<boolean>((resolve) => {
			const server = net.createServer();
			server.once('error', () => resolve(false));
			server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
		});
		if (free) return port;
	}
	throw new Error(`No free port between ${from} and ${to}`);
}

/** `vite build` into build/ (always: a few seconds, and never a stale build under test). */
export function buildApp(): void {
	const started = Date.now();
	const result = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
		cwd: ROOT,
		encoding: 'utf8',
		env: { ...process.env, NODE_ENV: 'production', FORCE_COLOR: '0' }
	});
	if (result.status !== 0) {
		throw new Error(
			`vite build failed (exit ${result.status}):\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-4000)}`
		);
	}
	fs.writeFileSync(path.join(ROOT, 'build', '.built'), new Date().toISOString());
	console.log(`[e2e] built the app in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** The processes `pid` started, e.g. a supervisor's serving processes (Linux /proc); [] if none. */
export function childProcesses(pid: number): number[] {
	try {
		return fs
			.readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
			.trim()
			.split(/\s+/)
			.filter(Boolean)
			.map(Number);
	} catch {
		return [];
	}
}

export interface RunningApp {
	url: string;
	port: number;
	dataDir: string;
	logFile: string;
	process: ChildProcess;
	stop(): Promise<void>;
}

export interface StartOptions {
	dataDir: string;
	/** Extra settings (SMTP_*, SEED_DEMO, …) */
	env?: Record<string, string>;
	/** Extra node flags, e.g. --cpu-prof */
	nodeArgs?: string[];
	logFile: string;
	timeoutMs?: number;
}

function tail(file: string, chars = 4000): string {
	try {
		return fs.readFileSync(file, 'utf8').slice(-chars);
	} catch {
		return '(no log)';
	}
}

/**
 * Starts `node scripts/start.ts` on a free port of ours and waits until it answers. Throws
 * (with the end of its log) when it exits or does not answer in time: the tests must fail
 * loudly, never skip, when the app cannot start.
 */
export async function startApp(options: StartOptions): Promise<RunningApp> {
	const port = await freePort();
	const url = `http://127.0.0.1:${port}`;
	fs.mkdirSync(path.dirname(options.logFile), { recursive: true });
	const log = fs.openSync(options.logFile, 'w');
	const child = spawn(process.execPath, [...(options.nodeArgs ?? []), 'scripts/start.ts'], {
		cwd: ROOT,
		stdio: ['ignore', log, log],
		env: {
			...process.env,
			NODE_ENV: 'production',
			PORT: String(port),
			HOST: '127.0.0.1',
			DATA_DIR: options.dataDir,
			PUBLIC_URL: url,
			DATABASE_URL: '',
			LOG_LEVEL: 'info',
			...options.env
		}
	});
	fs.closeSync(log);
	let exited: string | null = null;
	child.once('exit', (code, signal) => {
		exited = `exit code ${code ?? ''} ${signal ?? ''}`.trim();
	});
	const deadline = Date.now() + (options.timeoutMs ?? 90000);
	for (;;) {
		if (exited) {
			throw new Error(
				`The app did not start (${exited}). Log ${options.logFile}:\n${tail(options.logFile)}`
			);
		}
		try {
			const response = await fetch(url + '/', { redirect: 'manual' });
			await response.arrayBuffer();
			// The banner comes once every process answers (PROCESSES > 1: the last one to start).
			if (response.status < 500 && tail(options.logFile, 1e6).includes('Bündnis läuft')) break;
		} catch {
			// not listening yet
		}
		if (Date.now() > deadline) {
			child.kill('SIGKILL');
			throw new Error(
				`The app did not answer at ${url}. Log ${options.logFile}:\n${tail(options.logFile)}`
			);
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	return {
		url,
		port,
		dataDir: options.dataDir,
		logFile: options.logFile,
		process: child,
		async stop() {
			if (exited) return;
			const done = new Promise<void>((resolve) => child.once('exit', () => resolve()));
			child.kill('SIGTERM');
			const timer = setTimeout(() => child.kill('SIGKILL'), 8000);
			await done;
			clearTimeout(timer);
		}
	};
}
