// npm start: checks the settings, builds the app if the sources are newer than the build,
// then serves it (migrations run at start; an empty database gets the demo alliance unless
// SEED_DEMO=false) and prints the address and the demo logins.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EnvError, parseEnv } from '../src/lib/server/env.ts';
import {
	DEMO_LOGINS,
	DEMO_OPERATOR,
	DEMO_OPERATOR_FILE
} from '../src/lib/server/demo/demo-logins.ts';
import { rawAnswer, takeFastPath } from '../src/lib/server/cache/fast-path.ts';
import { PROXY_HEADERS, requestScheme } from '../src/lib/server/http/forwarded.ts';
import { letOneClickThrough } from '../src/lib/server/newsletter/one-click.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

process.env.SEED_DEMO ??= 'true';
process.env.NODE_ENV ??= 'production';
let env;
try {
	env = parseEnv(process.env);
} catch (error) {
	console.error(error instanceof EnvError ? error.message : error);
	process.exit(1);
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

// adapter-node settings: uploads up to 25 MB; the scheme comes from X-Forwarded-Proto only when
// a configured proxy sets it (TRUST_PROXY=true), otherwise from PUBLIC_URL (http for a local
// start). The header is rewritten below for every request, so a client's own value never counts.
process.env.BODY_SIZE_LIMIT ??= '26M';
process.env.PROTOCOL_HEADER = 'x-forwarded-proto';
const scheme = env.PUBLIC_URL?.startsWith('https://') ? 'https' : 'http';
const trustProxy = env.TRUST_PROXY;

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
	const url = env.PUBLIC_URL ?? `http://localhost:${env.PORT}`;
	const lines = [
		'',
		`  Bündnis läuft: ${url}`,
		`  Datenbank: ${env.DATABASE_URL ? 'PostgreSQL' : path.join(env.dataDir, 'buendnis.sqlite')}`
	];
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
	if ((globalThis as Record<symbol, unknown>)[Symbol.for('buendnis.needsOperatorSetup')]) {
		lines.push(
			'',
			'  Noch kein Betriebskonto: legen Sie es mit `npm run setup` an (eigenes Passwort).'
		);
	}
	lines.push('', `  Anmelden: ${url}/anmelden`, '');
	console.log(lines.join('\n'));
});

function shutdown() {
	// Lets the app finish what it is doing (the job runner stops after the running job).
	process.emit('sveltekit:shutdown' as never);
	server.close(() => process.exit(0));
	setTimeout(() => process.exit(0), 5000).unref();
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
