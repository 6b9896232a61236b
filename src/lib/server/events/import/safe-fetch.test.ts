import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchError, safeFetch, type FetchPolicy } from './safe-fetch.ts';
import { parseEnv } from '../../env.ts';

/*
 * The fetcher against a real local HTTP server. Loopback is refused like every non-public
 * address, so the tests that need the server allow 127.0.0.1 explicitly (as only tests may).
 */

let server: http.Server;
let base: string;
let hits = 0;
const LOCAL: FetchPolicy = { allowAddresses: ['127.0.0.1'] };

beforeAll(async () => {
	server = http.createServer((req, res) => {
		hits++;
		const url = new URL(req.url ?? '/', 'http://x');
		if (url.pathname === '/cal.ics') {
			if (req.headers['if-none-match'] === '"v1"') {
				res.writeHead(304).end();
				return;
			}
			res.writeHead(200, { 'content-type': 'text/calendar', etag: '"v1"' });
			res.end('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
		} else if (url.pathname === '/to-metadata') {
			res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
		} else if (url.pathname === '/to-self') {
			res.writeHead(301, { location: '/cal.ics' }).end();
		} else if (url.pathname === '/loop') {
			res.writeHead(302, { location: '/loop' }).end();
		} else if (url.pathname === '/big') {
			res.writeHead(200, { 'content-type': 'text/calendar' });
			res.end(Buffer.alloc(2048, 65));
		} else if (url.pathname === '/big-chunked') {
			res.writeHead(200, { 'content-type': 'text/calendar', 'transfer-encoding': 'chunked' });
			for (let i = 0; i < 10; i++) res.write(Buffer.alloc(512, 65));
			res.end();
		} else if (url.pathname === '/slow') {
			setTimeout(() => res.end('late'), 2000);
		} else if (url.pathname === '/missing') {
			res.writeHead(404).end('nope');
		} else {
			res.writeHead(500).end();
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
	server.closeAllConnections();
	await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function problem(promise: Promise<unknown>) {
	const error = await promise.then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(FetchError);
	return (error as FetchError).problem;
}

describe('safeFetch: SSRF guard', () => {
	it.each([
		'http://127.0.0.1/',
		'http://10.1.2.3/cal.ics',
		'http://192.168.1.10/cal.ics',
		'http://172.20.0.5/cal.ics',
		'http://169.254.169.254/latest/meta-data/',
		'http://[::1]/cal.ics',
		'http://[::ffff:127.0.0.1]/cal.ics',
		'http://0.0.0.0/',
		'http://2130706433/' // 127.0.0.1 written as one number
	])('refuses %s before connecting', async (url) => {
		const before = hits;
		expect(await problem(safeFetch(url, { timeoutMs: 2000 }))).toBe('blockedAddress');
		expect(hits).toBe(before);
	});

	it('allows exactly the hosts an operator lists (IMPORT_ALLOWED_HOSTS), nothing else', async () => {
		const policy: FetchPolicy = {
			allowHosts: ['kalender.intranet.example'],
			resolve: async () => [{ address: '10.0.0.8', family: 4 }],
			timeoutMs: 300
		};
		// Allowed: the guard lets it through (the address is not reachable here: a network error).
		expect(await problem(safeFetch('http://kalender.intranet.example/cal.ics', policy))).not.toBe(
			'blockedAddress'
		);
		expect(await problem(safeFetch('http://other.intranet.example/cal.ics', policy))).toBe(
			'blockedAddress'
		);
		expect(await problem(safeFetch('http://127.0.0.1/', policy))).toBe('blockedAddress');
	});

	it('reads IMPORT_ALLOWED_HOSTS from the settings: empty by default, host names only', () => {
		expect(parseEnv({}).IMPORT_ALLOWED_HOSTS).toEqual([]);
		expect(
			parseEnv({ IMPORT_ALLOWED_HOSTS: ' Kalender.Intranet.example, 127.0.0.1,[::1] ' })
				.IMPORT_ALLOWED_HOSTS
		).toEqual(['kalender.intranet.example', '127.0.0.1', '::1']);
		expect(() => parseEnv({ IMPORT_ALLOWED_HOSTS: 'http://intranet.example/' })).toThrow(
			/IMPORT_ALLOWED_HOSTS/
		);
	});

	it('refuses host names that resolve to private or loopback addresses', async () => {
		expect(await problem(safeFetch('http://localhost/cal.ics', { timeoutMs: 2000 }))).toBe(
			'blockedAddress'
		);
		const resolvesTo = (address: string, family = 4): FetchPolicy => ({
			resolve: async () => [{ address, family }]
		});
		expect(
			await problem(safeFetch('http://intranet.example/cal.ics', resolvesTo('10.0.0.8')))
		).toBe('blockedAddress');
		expect(
			await problem(safeFetch('http://router.example/cal.ics', resolvesTo('192.168.178.1')))
		).toBe('blockedAddress');
		expect(await problem(safeFetch('http://meta.example/', resolvesTo('169.254.169.254')))).toBe(
			'blockedAddress'
		);
		expect(await problem(safeFetch('http://v6.example/', resolvesTo('::1', 6)))).toBe(
			'blockedAddress'
		);
		// One public and one private answer: refused as well.
		expect(
			await problem(
				safeFetch('http://mixed.example/', {
					resolve: async () => [
						{ address: '93.184.216.34', family: 4 },
						{ address: '127.0.0.1', family: 4 }
					]
				})
			)
		).toBe('blockedAddress');
	});

	it('connects to the checked address, not to a second lookup', async () => {
		// The name resolves (once) to the allowed test address; the request goes there.
		const result = await safeFetch(`http://calendar.example:${new URL(base).port}/cal.ics`, {
			...LOCAL,
			resolve: async () => [{ address: '127.0.0.1', family: 4 }]
		});
		expect(result.status).toBe(200);
	});

	it('refuses other schemes and credentials', async () => {
		expect(await problem(safeFetch('file:///etc/passwd'))).toBe('badUrl');
		expect(await problem(safeFetch('ftp://example.org/cal.ics'))).toBe('badUrl');
		expect(await problem(safeFetch('gopher://example.org/'))).toBe('badUrl');
		expect(await problem(safeFetch('http://user:pw@example.org/'))).toBe('badUrl');
		expect(await problem(safeFetch('kein link'))).toBe('badUrl');
	});

	it('refuses a redirect to a private address, even from an allowed server', async () => {
		expect(await problem(safeFetch(`${base}/to-metadata`, LOCAL))).toBe('blockedAddress');
	});
});

describe('safeFetch: limits and answers', () => {
	it('fetches, follows a redirect and answers conditional requests', async () => {
		const first = await safeFetch(`${base}/to-self`, LOCAL);
		expect(first.status).toBe(200);
		expect(first.body.toString()).toContain('BEGIN:VCALENDAR');
		expect(first.etag).toBe('"v1"');
		expect(first.finalUrl).toBe(`${base}/cal.ics`);
		const second = await safeFetch(`${base}/cal.ics`, LOCAL, { etag: first.etag });
		expect(second.status).toBe(304);
	});

	it('stops at the size limit, the deadline, redirect loops and HTTP errors', async () => {
		expect(await problem(safeFetch(`${base}/big`, { ...LOCAL, maxBytes: 1024 }))).toBe('tooLarge');
		expect(await problem(safeFetch(`${base}/big-chunked`, { ...LOCAL, maxBytes: 1024 }))).toBe(
			'tooLarge'
		);
		expect(await problem(safeFetch(`${base}/slow`, { ...LOCAL, timeoutMs: 300 }))).toBe('timeout');
		expect(await problem(safeFetch(`${base}/loop`, LOCAL))).toBe('redirects');
		const error = await safeFetch(`${base}/missing`, LOCAL).catch((e: FetchError) => e);
		expect(error).toMatchObject({ problem: 'http', status: 404 });
		expect(await problem(safeFetch('http://does-not-exist.invalid/', { timeoutMs: 3000 }))).toBe(
			'dns'
		);
	});
});
