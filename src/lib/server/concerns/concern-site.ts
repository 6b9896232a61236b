import crypto from 'node:crypto';

/*
 * Where links in the concern and idea mails point. Always from configuration (the alliance's
 * own domain, else PUBLIC_URL plus its /b/<slug> prefix), never from the request (issue 7.1).
 */

export function siteUrlOf(
	publicUrl: string,
	alliance: { domain: string | null; slug: string },
	/** the request's alliance prefix ('' or /b/<slug>); the slug prefix when unknown (jobs) */
	prefix?: string
): string {
	if (alliance.domain) return `https://${alliance.domain}`;
	return `${publicUrl}${prefix ?? `/b/${alliance.slug}`}`;
}

/** Secrets in status and confirmation links: 32 random bytes; only the SHA-256 is stored. */
export function newSecret(): string {
	return crypto.randomBytes(32).toString('base64url');
}

export function hashSecret(secret: string): string {
	return crypto.createHash('sha256').update(secret).digest('hex');
}

export function isSecretShape(value: string): boolean {
	return /^[A-Za-z0-9_-]{43}$/.test(value);
}

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A short reference a family can read out on the phone, e.g. AN-7K3M9P. */
export function newReference(prefix: string): string {
	const bytes = crypto.randomBytes(6);
	return `${prefix}-${[...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join('')}`;
}
