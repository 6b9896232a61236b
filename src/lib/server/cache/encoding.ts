import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { CachedPage } from './page-cache.ts';
import { Semaphore } from './single-flight.ts';

/*
 * Cached pages are stored once in each encoding (identity, brotli, gzip) and answered by the
 * request's Accept-Encoding, with `Vary: Accept-Encoding` and a weak ETag shared by the three
 * (If-None-Match answers 304). See docs/decisions/079-compressed-page-cache.md.
 */

export type Encoding = 'br' | 'gzip' | 'identity';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Below this size compression does not pay (headers and framing cost more than it saves). */
const MIN_COMPRESS_BYTES = 1024;

/**
 * The best encoding the client accepts among those stored: brotli before gzip, `q=0` refuses,
 * `*` stands for any encoding not named. Identity when nothing else fits.
 */
export function negotiateEncoding(
	acceptEncoding: string | undefined,
	available: { br: boolean; gzip: boolean }
): Encoding {
	if (!acceptEncoding) return 'identity';
	const q = new Map<string, number>();
	for (const part of acceptEncoding.toLowerCase().split(',')) {
		const [name, ...params] = part.trim().split(';');
		if (!name) continue;
		let weight = 1;
		for (const p of params) {
			const m = /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(p);
			if (m) weight = Number(m[1]);
		}
		q.set(name.trim(), Number.isFinite(weight) ? weight : 0);
	}
	const weight = (name: string) => q.get(name) ?? q.get('*') ?? 0;
	const choices: Encoding[] = [];
	if (available.br && weight('br') > 0) choices.push('br');
	if (available.gzip && weight('gzip') > 0) choices.push('gzip');
	// The highest weight wins; brotli first among equals (it is smaller).
	choices.sort((a, b) => weight(b) - weight(a));
	return choices[0] ?? 'identity';
}

/** A weak validator of the page's bytes, the same for every encoding of them. */
export function etagOf(body: Uint8Array): string {
	return `W/"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`;
}

/**
 * Brotli's window for a body: as large as the body (at least 64 KB, at most brotli's 4 MB), so a
 * small page does not get a window, and memory, made for megabytes.
 */
function windowBits(size: number): number {
	return Math.min(22, Math.max(16, Math.ceil(Math.log2(Math.max(1, size)))));
}

/**
 * Brotli and gzip copies of a page body (off the main thread, in libuv's pool).
 *
 * Brotli quality 6 and gzip level 6: on the benchmark's pages 1 % larger than quality 9 / level
 * 9, but brotli 9 allocates a 32 MB hash table per compression (14 compressions at once held
 * 400 MB under the benchmark's mixed load, decision 093) and takes 10–100 times as long.
 */
export async function compressBody(
	body: Uint8Array
): Promise<{ br?: Uint8Array<ArrayBuffer>; gzip?: Uint8Array<ArrayBuffer> }> {
	if (body.byteLength < MIN_COMPRESS_BYTES) return {};
	return compressions.use(() => compressNow(body));
}

/**
 * Two bodies at a time: each compression holds its encoders' memory (about 3 MB) until the
 * main thread has taken the result, which under load can take a while; more at once would only
 * queue in libuv's pool of four threads anyway.
 */
const compressions = new Semaphore(2);

function brotliOf(body: Uint8Array): Promise<Buffer> {
	return brotli(body, {
		params: {
			[zlib.constants.BROTLI_PARAM_QUALITY]: 6,
			[zlib.constants.BROTLI_PARAM_LGWIN]: windowBits(body.byteLength),
			[zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
			[zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength
		}
	});
}

/** A copy in memory of its own (zlib's result is a slice of a pooled buffer). */
function own(b: Buffer): Uint8Array<ArrayBuffer> {
	const out = new Uint8Array(b.length);
	out.set(b);
	return out;
}

async function compressNow(
	body: Uint8Array
): Promise<{ br?: Uint8Array<ArrayBuffer>; gzip?: Uint8Array<ArrayBuffer> }> {
	const [br, gz] = await Promise.all([brotliOf(body), gzip(body, { level: 6 })]);
	return { br: own(br), gzip: own(gz) };
}

/**
 * The gzip and brotli copies of a large body as promises, a quick gzip copy first: a client
 * that takes gzip (every calendar app) waits only for it — the bench's 3.3 MB feed: level 1 in
 * 12 ms (416 KB) against level 6 in 27 ms (308 KB) on a quiet core, and on two busy cores the
 * difference was twice that. Then brotli, then the smaller gzip copy (`smallerGzip`) that
 * replaces the quick one for every later answer. Undefined for bodies too small to compress.
 */
export function compressEach(
	body: Uint8Array,
	options: {
		/** Asked before each copy is begun: true when the body has been replaced meanwhile */
		outdated?: () => boolean;
	} = {}
): {
	gzip: Promise<Uint8Array<ArrayBuffer> | undefined>;
	br: Promise<Uint8Array<ArrayBuffer> | undefined>;
	smallerGzip: Promise<Uint8Array<ArrayBuffer> | undefined>;
} {
	if (body.byteLength < MIN_COMPRESS_BYTES) {
		const none = Promise.resolve(undefined);
		return { gzip: none, br: none, smallerGzip: none };
	}
	// A feed changed twice in a row: the first version's copies are not made any more (they
	// took the cores from the build of the next one).
	const outdated = options.outdated ?? (() => false);
	const copy = (make: () => Promise<Buffer>) =>
		compressions.use(async () => (outdated() ? undefined : own(await make())));
	// One after the other, not beside each other: on two cores copies made at once (and the
	// answer being sent) slowed the one the first client waits for.
	const next = (previous: Promise<unknown>, make: () => Promise<Buffer>) =>
		previous.catch(() => undefined).then(() => copy(make));
	const quick = copy(() => gzip(body, { level: 1 }));
	const brotlied = next(quick, () => brotliOf(body));
	const smaller = next(brotlied, () => gzip(body, { level: 6 }));
	return { gzip: quick, br: brotlied, smallerGzip: smaller };
}

/** Whether the client's If-None-Match names this validator (weak comparison, RFC 9110 13.1.2). */
function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
	if (!ifNoneMatch) return false;
	if (ifNoneMatch.trim() === '*') return true;
	const opaque = etag.replace(/^W\//, '');
	return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === opaque);
}

/** Headers a 304 repeats from the 200 (RFC 9110 15.4.5). */
const KEPT_ON_304 = new Set(['cache-control', 'content-location', 'date', 'expires', 'vary']);

export interface CachedAnswer {
	status: number;
	headers: [string, string][];
	/** null: no body (304) */
	body: Uint8Array<ArrayBuffer> | null;
	encoding: Encoding;
}

function withVary(headers: [string, string][]): [string, string][] {
	const vary = headers.find(([name]) => name.toLowerCase() === 'vary');
	if (!vary) return [...headers, ['vary', 'Accept-Encoding']];
	if (/accept-encoding/i.test(vary[1])) return headers;
	return headers.map(([name, value]) =>
		name.toLowerCase() === 'vary' ? [name, `${value}, Accept-Encoding`] : [name, value]
	);
}

/** The answer to one request from a cached page: 304, or the body in the best encoding. */
export function answerFromCache(
	page: CachedPage,
	request: { acceptEncoding?: string; ifNoneMatch?: string }
): CachedAnswer {
	const etag = page.etag ?? etagOf(page.body);
	const base = withVary(
		page.headers.filter(([name]) => !/^(content-length|content-encoding|etag)$/i.test(name))
	);
	if (matchesEtag(request.ifNoneMatch, etag)) {
		return {
			status: 304,
			headers: [...base.filter(([name]) => KEPT_ON_304.has(name.toLowerCase())), ['etag', etag]],
			body: null,
			encoding: 'identity'
		};
	}
	const encoding = negotiateEncoding(request.acceptEncoding, {
		br: !!page.br,
		gzip: !!page.gzip
	});
	const body =
		(encoding === 'br' ? page.br : encoding === 'gzip' ? page.gzip : page.body) ?? page.body;
	const headers: [string, string][] = [...base, ['etag', etag]];
	if (encoding !== 'identity') headers.push(['content-encoding', encoding]);
	headers.push(['content-length', String(body.byteLength)]);
	return { status: page.status, headers, body, encoding };
}
