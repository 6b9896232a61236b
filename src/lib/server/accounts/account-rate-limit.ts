import crypto from 'node:crypto';
import { hitRateLimit, peekRateLimit } from '../http/rate-limit.ts';
import type { AccountContext } from './account.context.ts';

const DEFAULT_PER_MINUTE = 10;

/** Keys are hashed: the rate-limit table must not become a list of addresses and e-mails. */
function key(action: string, kind: string, value: string): string {
	const digest = crypto.createHash('sha256').update(value).digest('base64url').slice(0, 22);
	return `${action}:${kind}:${digest}`;
}

function perMinute(ctx: Pick<AccountContext, 'env'>): number {
	return ctx.env?.RATE_LIMIT_PER_MINUTE ?? DEFAULT_PER_MINUTE;
}

/**
 * Counts one attempt of `action` for the client's address and for the e-mail address; false
 * when either went over the per-minute limit. Both are counted, so that one address cannot try
 * many accounts and many addresses cannot flood one mailbox (password reset, sign-in link).
 */
export async function allowAttempt(
	ctx: Pick<AccountContext, 'db' | 'env'>,
	action: string,
	client: string,
	email: string
): Promise<boolean> {
	const limit = perMinute(ctx);
	const byClient = await hitRateLimit(ctx.db, key(action, 'ip', client), limit);
	const byEmail = await hitRateLimit(ctx.db, key(action, 'email', email.toLowerCase()), limit);
	return byClient && byEmail;
}

// ---------- password sign-in: throttled by address, never locked by strangers ----------

/*
 * Wrong passwords slow down the address that sends them, not the person they are aimed at
 * (docs/decisions/041-sign-in-throttling.md):
 * - per address: RATE_LIMIT_PER_MINUTE attempts a minute (every attempt counts);
 * - per address and account: FAILURES_PER_PAIR wrong passwords in FAILURE_WINDOW_MS, then that
 *   address may not try that account until the window ends;
 * - per account: only the first FAILURES_PER_PAIR failures of each address count towards the
 *   account, so one stranger cannot lock anybody out. When many addresses together reach
 *   ACCOUNT_FAILURE_FACTOR × the per-minute limit, browsers that never signed in to the account
 *   are refused until the window ends; a browser that has (device cookie) and the sign-in link
 *   by mail keep working.
 */

const FAILURE_WINDOW_MS = 15 * 60_000;
const FAILURES_PER_PAIR = 5;
const ACCOUNT_FAILURE_FACTOR = 5;

/** Name of the cookie by which a browser that signed in to an account is recognised. */
export const DEVICE_COOKIE = 'buendnis_device';
const MAX_DEVICE_TOKENS = 5;

/** What a browser keeps after signing in to `email`: only the server can compute it. */
function deviceToken(secret: string, email: string): string {
	return crypto
		.createHmac('sha256', secret)
		.update(`device:${email.trim().toLowerCase()}`)
		.digest('base64url')
		.slice(0, 32);
}

function tokensIn(cookie: string | undefined): string[] {
	return (cookie ?? '').split('.').filter((t) => /^[\w-]{32}$/.test(t));
}

/** Has this browser (its device cookie) signed in to `email` before? */
export function isKnownDevice(secret: string, email: string, cookie: string | undefined): boolean {
	const mine = Buffer.from(deviceToken(secret, email));
	return tokensIn(cookie).some((t) => crypto.timingSafeEqual(Buffer.from(t), mine));
}

/** The device cookie's new value after signing in to `email` (the last few accounts). */
export function rememberDevice(secret: string, email: string, cookie: string | undefined): string {
	const token = deviceToken(secret, email);
	return [token, ...tokensIn(cookie).filter((t) => t !== token)]
		.slice(0, MAX_DEVICE_TOKENS)
		.join('.');
}

export type SignInGate = 'allowed' | 'addressThrottled' | 'accountGuarded';

/** Counts the attempt for the address; says whether the password may be checked at all. */
export async function signInGate(
	ctx: Pick<AccountContext, 'db' | 'env'>,
	input: { client: string; email: string; knownDevice: boolean; now?: number }
): Promise<SignInGate> {
	const now = input.now ?? Date.now();
	const limit = perMinute(ctx);
	if (!(await hitRateLimit(ctx.db, key('sign-in', 'ip', input.client), limit, 60_000, now))) {
		return 'addressThrottled';
	}
	const pair = await peekRateLimit(
		ctx.db,
		key('sign-in-fail', 'pair', `${input.client}\n${input.email}`),
		FAILURE_WINDOW_MS,
		now
	);
	if (pair >= FAILURES_PER_PAIR) return 'addressThrottled';
	if (input.knownDevice) return 'allowed';
	const account = await peekRateLimit(
		ctx.db,
		key('sign-in-fail', 'email', input.email),
		FAILURE_WINDOW_MS,
		now
	);
	return account >= limit * ACCOUNT_FAILURE_FACTOR ? 'accountGuarded' : 'allowed';
}

/** Counts a wrong password for the address and account pair and (capped per address) the account. */
export async function countSignInFailure(
	ctx: Pick<AccountContext, 'db'>,
	input: { client: string; email: string; now?: number }
): Promise<void> {
	const now = input.now ?? Date.now();
	const pairKey = key('sign-in-fail', 'pair', `${input.client}\n${input.email}`);
	// hitRateLimit counts and answers whether the pair is still within its allowance.
	const withinPair = await hitRateLimit(ctx.db, pairKey, FAILURES_PER_PAIR, FAILURE_WINDOW_MS, now);
	if (withinPair) {
		await hitRateLimit(
			ctx.db,
			key('sign-in-fail', 'email', input.email),
			Number.MAX_SAFE_INTEGER,
			FAILURE_WINDOW_MS,
			now
		);
	}
}
