// The public page cache against the running app (scripts/start.ts with its fast path): a
// request with forged headers cannot change what the next visitor gets, and the client
// router's data requests get data, never a cached HTML page.
import http from 'node:http';
import { expect, test } from 'vitest';
import { baseUrl, url } from './support/app.ts';

interface Answer {
	status: number;
	headers: http.IncomingHttpHeaders;
	body: string;
}

/** A raw HTTP request, so that Host and X-Forwarded-* can be anything a client sends. */
function raw(path: string, headers: Record<string, string> = {}): Promise<Answer> {
	const target = new URL(baseUrl());
	return new Promise((resolve, reject) => {
		const request = http.request(
			{ host: target.hostname, port: target.port, path, method: 'GET', headers },
			(response) => {
				const chunks: Buffer[] = [];
				response.on('data', (c: Buffer) => chunks.push(c));
				response.on('end', () =>
					resolve({
						status: response.statusCode ?? 0,
						headers: response.headers,
						body: Buffer.concat(chunks).toString('utf8')
					})
				);
			}
		);
		request.on('error', reject);
		request.end();
	});
}

/** The path of one event page of the demo alliance, read from the calendar. */
async function anEventPath(): Promise<string> {
	const calendar = await (await fetch(url('/termine'))).text();
	const match = /href="(\/termine\/(?!monat|tag|archiv|feed|melden)[a-z0-9-]+)"/.exec(calendar);
	if (!match?.[1]) throw new Error('no event link on /termine');
	return match[1];
}

test('forged X-Forwarded-Proto and Host do not poison the page the next visitor gets', async () => {
	const path = `${await anEventPath()}?vergiftet=${Date.now()}`;
	const forged = await raw(path, {
		host: new URL(baseUrl()).host,
		'x-forwarded-proto': 'javascript',
		'x-forwarded-host': 'attacker.example'
	});
	expect(forged.status).toBe(200);
	const clean = await raw(path, { host: new URL(baseUrl()).host });
	expect(clean.status).toBe(200);
	expect(clean.headers['x-cache'], 'the second answer comes from the cache').toBe('hit');
	for (const answer of [forged, clean]) {
		expect(answer.body).not.toMatch(/"null\/|content="null|href="null|javascript:/);
		expect(answer.body).not.toContain('attacker.example');
		expect(answer.body).toContain(`<link rel="canonical" href="${baseUrl()}/termine/`);
	}

	// A forged Host on its own changes no absolute URL either (the only alliance answers).
	const otherHost = await raw(path, { host: 'attacker.example' });
	expect(otherHost.body).not.toContain('attacker.example');
	expect(otherHost.body).toContain(`<link rel="canonical" href="${baseUrl()}/termine/`);
});
