import crypto from 'node:crypto';

/*
 * Secrets in links (cancel a registration, confirm a submission): 32 random bytes, only their
 * SHA-256 is stored, so a leaked database does not give working links.
 */

export function newToken(): string {
	return crypto.randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
	return crypto.createHash('sha256').update(token).digest('hex');
}

/** Looks like one of our tokens (cheap check before touching the database). */
export function isTokenShape(value: string): boolean {
	return /^[A-Za-z0-9_-]{43}$/.test(value);
}
