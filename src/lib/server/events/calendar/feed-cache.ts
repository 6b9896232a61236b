import { createHash } from 'node:crypto';
import { compressBody } from '../../cache/encoding.ts';
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

/**
 * Finished feed bodies by validator: many subscribers poll the same feed, which changes only
 * with the calendar (the ETag covers the alliance, the filter and the window). Bounded in bytes.
 */
const bodies = new Map<string, string>();
let bodyBytes = 0;
const MAX_BODY_BYTES = 32 * 1024 * 1024;
/** Bodies being built, by validator (single flight). */
const building = new Map<string, Promise<string>>();

/** The body for `etag`, built once and kept while it is current. */
export async function cachedBody(etag: string, build: () => Promise<string>): Promise<string> {
	const hit = bodies.get(etag);
	if (hit !== undefined) {
		bodies.delete(etag);
		bodies.set(etag, hit);
		return hit;
	}
	// Feed readers poll together: after a change the body is built once for all of them.
	const running = building.get(etag);
	if (running) return running;
	const started = build().finally(() => building.delete(etag));
	building.set(etag, started);
	const body = await started;
	if (body.length > MAX_BODY_BYTES / 4 || bodies.has(etag)) return body;
	bodies.set(etag, body);
	bodyBytes += body.length;
	for (const [key, value] of bodies) {
		if (bodyBytes <= MAX_BODY_BYTES) break;
		bodies.delete(key);
		bodyBytes -= value.length;
	}
	return body;
}

/** Compressed copies of feed bodies by validator (a few; the newest replace the oldest). */
type Copies = Pick<EncodedBody, 'br' | 'gzip'>;
const encoded = new Map<string, { made: Promise<Copies>; done?: Copies }>();
const MAX_ENCODED = 16;

/**
 * The body for `etag` with brotli and gzip copies made once per change: a 3 MB feed is sent as a
 * tenth of it to every calendar app that asks for gzip, without compressing per request. A client
 * that takes no compressed answer (`compressed: false`) gets the text without waiting for them.
 */
export async function cachedEncodedBody(
	etag: string,
	build: () => Promise<string>,
	options: { compressed?: boolean } = {}
): Promise<EncodedBody> {
	const text = await cachedBody(etag, build);
	let copies = encoded.get(etag);
	if (!copies) {
		const made = compressBody(new TextEncoder().encode(text));
		made.catch(() => encoded.delete(etag));
		copies = { made };
		const entry = copies;
		made.then(
			(done) => (entry.done = done),
			() => undefined
		);
		if (encoded.size >= MAX_ENCODED) encoded.delete(encoded.keys().next().value ?? '');
		encoded.set(etag, copies);
	}
	if (options.compressed === false) return { text, ...copies.done };
	return { text, ...(await copies.made) };
}
