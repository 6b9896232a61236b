import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { isPublicAddress } from './address-policy.ts';

/*
 * Fetching a subscribed calendar without opening a door into the server's network (SSRF):
 * only http and https; the host name is resolved first and EVERY address checked (public
 * unicast only, see address-policy.ts); the connection goes to the address that was checked
 * (no second DNS lookup an attacker could answer differently); redirects are followed by hand,
 * each target checked the same way; a deadline and a size limit bound every fetch.
 */

export type FetchProblem =
	'badUrl' | 'blockedAddress' | 'dns' | 'timeout' | 'tooLarge' | 'http' | 'network' | 'redirects';

export class FetchError extends Error {
	readonly problem: FetchProblem;
	readonly status: number | undefined;
	constructor(problem: FetchProblem, detail: string, status?: number) {
		super(detail);
		this.name = 'FetchError';
		this.problem = problem;
		this.status = status;
	}
}

export interface FetchPolicy {
	/**
	 * Addresses that are allowed although they are not public. Tests only (their ICS server
	 * listens on 127.0.0.1); never set in production.
	 */
	allowAddresses?: readonly string[];
	/**
	 * Host names (or address literals) an operator allows although they resolve to private or
	 * loopback addresses: IMPORT_ALLOWED_HOSTS (a city's intranet calendar server). Matched
	 * exactly, case-insensitive; every redirect target is checked again.
	 */
	allowHosts?: readonly string[];
	/** Resolves a host name to its addresses (tests may answer with private ones). */
	resolve?: (hostname: string) => Promise<{ address: string; family: number }[]>;
	timeoutMs?: number;
	maxBytes?: number;
	maxRedirects?: number;
	userAgent?: string;
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 15_000;

export interface FetchResult {
	status: 200 | 304;
	body: Buffer;
	etag: string | null;
	lastModified: string | null;
	/** The Content-Type header (its charset decides how the text is decoded) */
	contentType: string | null;
	finalUrl: string;
}

async function systemResolve(hostname: string) {
	return dns.promises.lookup(hostname, { all: true, verbatim: true });
}

/** Checks a URL's form (scheme, no credentials); returns it parsed. */
export function checkUrl(raw: string): URL {
	let url: URL;
	try {
		url = new URL(raw.trim());
	} catch {
		throw new FetchError('badUrl', 'not a URL');
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') {
		throw new FetchError('badUrl', `scheme ${url.protocol} not allowed`);
	}
	if (url.username || url.password) throw new FetchError('badUrl', 'credentials in URL');
	if (!url.hostname) throw new FetchError('badUrl', 'no host');
	return url;
}

/** Resolves the URL's host and returns one checked address to connect to. */
export async function checkedAddress(
	url: URL,
	policy: FetchPolicy
): Promise<{ address: string; family: 4 | 6 }> {
	const host = url.hostname.replace(/^\[|\]$/g, '');
	const hostAllowed = (policy.allowHosts ?? []).some((h) => h.toLowerCase() === host.toLowerCase());
	const allowed = (address: string) =>
		hostAllowed || isPublicAddress(address) || (policy.allowAddresses ?? []).includes(address);
	let addresses: { address: string; family: number }[];
	if (net.isIP(host)) {
		addresses = [{ address: host, family: net.isIP(host) }];
	} else {
		try {
			addresses = await (policy.resolve ?? systemResolve)(host);
		} catch (error) {
			throw new FetchError('dns', `cannot resolve ${host}: ${String(error)}`);
		}
		if (!addresses.length) throw new FetchError('dns', `no address for ${host}`);
	}
	// Every address must be public: a name that resolves to one public and one private address
	// could otherwise be steered to the private one.
	const refused = addresses.find((a) => !allowed(a.address));
	if (refused) throw new FetchError('blockedAddress', `${host} → ${refused.address}`);
	const first = addresses[0]!;
	return { address: first.address, family: first.family === 6 ? 6 : 4 };
}

interface Conditional {
	etag?: string | null;
	lastModified?: string | null;
}

function requestOnce(
	url: URL,
	target: { address: string; family: 4 | 6 },
	policy: FetchPolicy,
	conditional: Conditional,
	deadline: number
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
	const maxBytes = policy.maxBytes ?? DEFAULT_MAX_BYTES;
	return new Promise((resolve, reject) => {
		const client = url.protocol === 'https:' ? https : http;
		const headers: Record<string, string> = {
			'user-agent': policy.userAgent ?? 'Buendnis-Kalenderimport/1.0',
			accept: 'text/calendar, text/plain;q=0.8, */*;q=0.5',
			'accept-encoding': 'identity'
		};
		if (conditional.etag) headers['if-none-match'] = conditional.etag;
		if (conditional.lastModified) headers['if-modified-since'] = conditional.lastModified;
		const request = client.request(
			{
				protocol: url.protocol,
				hostname: url.hostname.replace(/^\[|\]$/g, ''),
				port: url.port || undefined,
				path: `${url.pathname}${url.search}`,
				method: 'GET',
				headers,
				// Connect to the address that was checked, never to a second lookup's answer.
				lookup: ((
					_host: string,
					options: { all?: boolean },
					callback: (...args: unknown[]) => void
				) => {
					if (options?.all) callback(null, [{ address: target.address, family: target.family }]);
					else callback(null, target.address, target.family);
				}) as unknown as net.LookupFunction,
				agent: false
			},
			(response) => {
				const length = Number(response.headers['content-length'] ?? 0);
				if (length > maxBytes) {
					request.destroy();
					reject(new FetchError('tooLarge', `content-length ${length}`));
					return;
				}
				const chunks: Buffer[] = [];
				let size = 0;
				response.on('data', (chunk: Buffer) => {
					size += chunk.length;
					if (size > maxBytes) {
						request.destroy();
						reject(new FetchError('tooLarge', `more than ${maxBytes} bytes`));
						return;
					}
					chunks.push(chunk);
				});
				response.on('end', () =>
					resolve({
						status: response.statusCode ?? 0,
						headers: response.headers,
						body: Buffer.concat(chunks)
					})
				);
				response.on('error', (error) => reject(new FetchError('network', String(error))));
			}
		);
		const left = Math.max(1, deadline - Date.now());
		const timer = setTimeout(() => {
			request.destroy();
			reject(
				new FetchError('timeout', `no answer within ${policy.timeoutMs ?? DEFAULT_TIMEOUT_MS} ms`)
			);
		}, left);
		request.on('close', () => clearTimeout(timer));
		request.on('error', (error) => {
			clearTimeout(timer);
			reject(error instanceof FetchError ? error : new FetchError('network', String(error)));
		});
		request.end();
	});
}

/** Fetches a calendar URL under the SSRF rules; conditional (ETag / Last-Modified) when known. */
export async function safeFetch(
	rawUrl: string,
	policy: FetchPolicy = {},
	conditional: Conditional = {}
): Promise<FetchResult> {
	const deadline = Date.now() + (policy.timeoutMs ?? DEFAULT_TIMEOUT_MS);
	let url = checkUrl(rawUrl);
	const maxRedirects = policy.maxRedirects ?? 5;
	for (let hop = 0; ; hop++) {
		const target = await checkedAddress(url, policy);
		const response = await requestOnce(url, target, policy, conditional, deadline);
		if ([301, 302, 303, 307, 308].includes(response.status)) {
			const location = response.headers.location;
			if (!location) throw new FetchError('http', 'redirect without location', response.status);
			if (hop >= maxRedirects)
				throw new FetchError('redirects', `more than ${maxRedirects} redirects`);
			// The next hop is checked like the first: scheme, host, every address.
			url = checkUrl(new URL(location, url).toString());
			continue;
		}
		if (response.status === 304) {
			return {
				status: 304,
				body: Buffer.alloc(0),
				etag: null,
				lastModified: null,
				contentType: null,
				finalUrl: url.toString()
			};
		}
		if (response.status !== 200) {
			throw new FetchError('http', `HTTP ${response.status}`, response.status);
		}
		const header = (name: string) => {
			const value = response.headers[name];
			return typeof value === 'string' ? value.slice(0, 300) : null;
		};
		return {
			status: 200,
			body: response.body,
			etag: header('etag'),
			lastModified: header('last-modified'),
			contentType: header('content-type'),
			finalUrl: url.toString()
		};
	}
}
