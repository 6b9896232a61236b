import crypto from 'node:crypto';
import type { DB } from '../db/db.ts';
import { hitRateLimit } from '../http/rate-limit.ts';
import { ensureFormSecret } from './form-secret.repository.ts';

/*
 * Spam protection of the public forms without a third-party captcha (decision 055):
 * 1. a honeypot field people never see,
 * 2. a signed time token in the form: a post earlier than MIN_FILL_MS after the form was
 *    served, or later than MAX_AGE_MS, or without a valid signature, is not accepted,
 * 3. rate limits per address and alliance AND per address across the whole installation, and
 *    per recipient address, so that the forms cannot be used to mail strangers.
 * The signing key is kept in the database (form_secret), so that every app instance shares it.
 */

const MIN_FILL_MS = 2_000;
const MAX_AGE_MS = 24 * 3600_000;

let cachedKey: { db: DB; key: string } | undefined;

async function signingKey(db: DB): Promise<string> {
	if (cachedKey?.db === db) return cachedKey.key;
	const secret = await ensureFormSecret(db, crypto.randomBytes(32).toString('base64url'));
	cachedKey = { db, key: secret };
	return secret;
}

function sign(key: string, scope: string, issued: number): string {
	return crypto
		.createHmac('sha256', key)
		.update(`${scope}:${issued}`)
		.digest('base64url')
		.slice(0, 32);
}

/** A token for one form of one alliance (scope e.g. "concern:<allianceId>"), to put in a hidden field. */
export async function issueFormToken(db: DB, scope: string, now = Date.now()): Promise<string> {
	return `${now}.${sign(await signingKey(db), scope, now)}`;
}

export type FormTokenCheck = 'ok' | 'tooFast' | 'invalid';

export async function checkFormToken(
	db: DB,
	scope: string,
	token: string,
	now = Date.now()
): Promise<FormTokenCheck> {
	const match = /^(\d{10,16})\.([A-Za-z0-9_-]{32})$/.exec(token);
	if (!match) return 'invalid';
	const issued = Number(match[1]);
	const expected = sign(await signingKey(db), scope, issued);
	const given = Buffer.from(match[2] ?? '');
	if (given.length !== expected.length || !crypto.timingSafeEqual(given, Buffer.from(expected)))
		return 'invalid';
	if (now - issued > MAX_AGE_MS || issued - now > 60_000) return 'invalid';
	if (now - issued < MIN_FILL_MS) return 'tooFast';
	return 'ok';
}

export interface RateRule {
	key: string;
	limit: number;
	windowMs: number;
}

/** Counts every rule; true only if none is over its limit. */
export async function withinRateLimits(
	db: DB,
	rules: readonly RateRule[],
	now = Date.now()
): Promise<boolean> {
	let ok = true;
	for (const rule of rules) {
		if (!(await hitRateLimit(db, rule.key, rule.limit, rule.windowMs, now))) ok = false;
	}
	return ok;
}

/** An address as a rate-limit key: hashed, so the table holds no readable addresses. */
export function hashedKey(value: string): string {
	return crypto.createHash('sha256').update(value.trim().toLowerCase()).digest('hex').slice(0, 32);
}
