import { createHash } from 'node:crypto';
import { compressEach, negotiateEncoding } from '../../cache/encoding.ts';
import type { EncodedBody } from './feed-response.ts';
import * as repo from '../core/event.repository.ts';
import type { ReadCtx } from './calendar-feed.service.ts';

/* Validators (ETag, Last-Modified) of the feeds and their bodies, built once per version. */

/** How far back a subscribed calendar still shows past events, in months. */
export const FEED_PAST_MONTHS = 3;
/** Suggested refresh interval for calendar apps. */
export const FEED_REFRESH_MINUTES = 60;

export interface FeedSite {
	/** Absolute base URL of the alliance's site, without trailing slash (includes /b/<slug>) */
	baseUrl: string;
	name: string;
}

/** Start of the feed window: the first of the month FEED_PAST_MONTHS back (changes monthly). */
export function feedWindowStart(now: Date): string {
	return new Date(
		Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - FEED_PAST_MONTHS, 1)
	).toISOString();
}

export interface Validators {
	etag: string;
	lastModified: Date;
}

/**
 * ETag and Last-Modified of a feed: they change when the alliance's calendar changes
 * (calendar_state, raised by every change, deletions included), when the request differs
 * (`key`: path and canonical query) and when the time window moves on (`windowKey`).
 */
export async function feedValidators(
	ctx: ReadCtx,
	allianceId: string,
	key: string,
	windowStart: string
): Promise<Validators> {
	const state = await repo.findCalendarState(ctx.db, allianceId);
	const version = state?.version ?? 0;
	const changed = state?.changed_at ?? '2000-01-01T00:00:00.000Z';
	const hash = createHash('sha256')
		.update(`${version}|${key}|${windowStart}`)
		.digest('base64url')
		.slice(0, 22);
	const last = Math.max(Date.parse(changed), Date.parse(windowStart));
	return { etag: `"${hash}"`, lastModified: new Date(Math.floor(last / 1000) * 1000) };
}

/** True when the request's validators match (RFC 9110: If-None-Match wins over If-Modified-Since). */
export function isNotModified(headers: Headers, validators: Validators): boolean {
	const inm = headers.get('if-none-match');
	if (inm !== null) {
		return inm
			.split(',')
			.map((t) => t.trim().replace(/^W\//, ''))
			.some((t) => t === '*' || t === validators.etag);
	}
	const ims = headers.get('if-modified-since');
	if (ims) {
		const since = Date.parse(ims);
		return !Number.isNaN(since) && validators.lastModified.getTime() <= since;
	}
	return false;
}

/** A finished feed body: its UTF-8 bytes and, once made, their compressed copies. */
interface StoredBody {
	bytes: Uint8Array<ArrayBuffer>;
	gzip: Promise<Uint8Array<ArrayBuffer> | undefined>;
	br: Promise<Uint8Array<ArrayBuffer> | undefined>;
	/** The copies made so far */
	done: Pick<EncodedBody, 'br' | 'gzip'>;
	/** bytes held: the body and its copies */
	size: number;
}

/**
 * Finished feed bodies by validator: many subscribers poll the same feed, which changes only
 * with the calendar (the ETag covers the alliance, the filter and the window). Kept as bytes
 * (encoding a 3 MB text costs about 25 ms per answer), bounded in bytes, least recently used
 * dropped first.
 */
const bodies = new Map<string, StoredBody>();
let heldBytes = 0;
const MAX_BODY_BYTES = 32 * 1024 * 1024;
/** Bodies being built, by validator (single flight). */
const building = new Map<string, Promise<StoredBody>>();

function keep(etag: string, body: StoredBody): void {
	if (body.size > MAX_BODY_BYTES / 4) return;
	bodies.set(etag, body);
	heldBytes += body.size;
	for (const [key, value] of bodies) {
		if (heldBytes <= MAX_BODY_BYTES) break;
		bodies.delete(key);
		heldBytes -= value.size;
	}
}

function stored(etag: string, body: string | Uint8Array<ArrayBuffer>, feed?: string): StoredBody {
	const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
	const copies = compressEach(bytes, {
		outdated: () => {
			const newest = feed === undefined ? undefined : newestByFeed.get(feed);
			return newest !== undefined && newest !== etag;
		}
	});
	// Without a copy the body is still good (the client gets another encoding).
	const gzip = copies.gzip.catch(() => undefined);
	const br = copies.br.catch(() => undefined);
	const kept: StoredBody = { bytes, gzip, br, done: {}, size: bytes.byteLength };
	/** Puts a copy in (the smaller gzip copy in place of the quick one). */
	const put = (encoding: 'br' | 'gzip', copy: Uint8Array<ArrayBuffer> | undefined) => {
		if (!copy) return;
		const change = copy.byteLength - (kept.done[encoding]?.byteLength ?? 0);
		kept.done = { ...kept.done, [encoding]: copy };
		if (bodies.get(etag) === kept) heldBytes += change;
		kept.size += change;
	};
	void gzip.then((copy) => put('gzip', copy));
	void br.then((copy) => put('br', copy));
	void copies.smallerGzip.catch(() => undefined).then((copy) => put('gzip', copy));
	return kept;
}

/** The validator of the newest body per feed address: an older one is dropped when it is replaced. */
const newestByFeed = new Map<string, string>();

function replaceOlder(feed: string, etag: string): void {
	const older = newestByFeed.get(feed);
	if (older !== undefined && older !== etag) {
		const body = bodies.get(older);
		if (body) {
			bodies.delete(older);
			heldBytes -= body.size;
		}
	}
	newestByFeed.delete(feed);
	// Addresses are many (every filter); the map stays small all the same.
	if (newestByFeed.size >= 4096) newestByFeed.delete(newestByFeed.keys().next().value ?? '');
	newestByFeed.set(feed, etag);
}

async function storedBody(
	etag: string,
	build: () => Promise<string | Uint8Array<ArrayBuffer>>,
	feed?: string
): Promise<StoredBody> {
	const hit = bodies.get(etag);
	if (hit) {
		bodies.delete(etag);
		bodies.set(etag, hit);
		return hit;
	}
	// Feed readers poll together: after a change the body is built once for all of them.
	const running = building.get(etag);
	if (running) return running;
	const started = build()
		.then((built) => {
			const body = stored(etag, built, feed);
			// After a change nobody asks for the feed's former version (its validator changed).
			if (feed !== undefined) replaceOlder(feed, etag);
			keep(etag, body);
			return body;
		})
		.finally(() => building.delete(etag));
	building.set(etag, started);
	return started;
}

/**
 * The body for `etag` as UTF-8 bytes with the gzip and brotli copies made so far, each made
 * once per change: a 3 MB feed is sent as a tenth of it to every calendar app that asks for
 * gzip, without compressing or encoding per request. After a change a client waits only for the
 * copy it takes that is ready first (gzip, when it takes both), one that takes no compressed
 * answer for none.
 */
export async function cachedEncodedBody(
	etag: string,
	build: () => Promise<string | Uint8Array<ArrayBuffer>>,
	options: {
		acceptEncoding?: string;
		/** the feed's address (path, filter, language): its former versions are dropped */
		feed?: string;
	} = {}
): Promise<EncodedBody> {
	const body = await storedBody(etag, build, options.feed);
	const takes = (br: boolean, gzip: boolean) =>
		negotiateEncoding(options.acceptEncoding, { br, gzip });
	const best = takes(!!body.done.br, !!body.done.gzip);
	if (best !== 'identity' || takes(true, true) === 'identity') {
		return { bytes: body.bytes, ...body.done };
	}
	// None it takes is ready: wait for gzip when it takes gzip (ready first), else for brotli.
	const encoding = takes(false, true) === 'gzip' ? 'gzip' : 'br';
	const copy = await body[encoding];
	return { bytes: body.bytes, ...body.done, ...(copy ? { [encoding]: copy } : {}) };
}
