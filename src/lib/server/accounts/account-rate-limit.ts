import crypto from 'node:crypto';
import { hitRateLimit } from '../http/rate-limit.ts';
import type { AccountContext } from './account.context.ts';

export const DEFAULT_PER_MINUTE = 10;

/** Keys are hashed: the rate-limit table must not become a list of addresses and e-mails. */
function key(action: string, kind: string, value: string): string {
	const digest = crypto.createHash('sha256').update(value).digest('base64url').slice(0, 22);
	return `${action}:${kind}:${digest}`;
}

/**
 * Counts one attempt of `action` for the client's address and for the e-mail address; false
 * when either went over the per-minute limit. Both are counted, so that one address cannot try
 * many accounts and many addresses cannot try one account.
 */
export async function allowAttempt(
	ctx: Pick<AccountContext, 'db' | 'env'>,
	action: string,
	client: string,
	email: string
): Promise<boolean> {
	const limit = ctx.env?.RATE_LIMIT_PER_MINUTE ?? DEFAULT_PER_MINUTE;
	const byClient = await hitRateLimit(ctx.db, key(action, 'ip', client), limit);
	const byEmail = await hitRateLimit(ctx.db, key(action, 'email', email.toLowerCase()), limit);
	return byClient && byEmail;
}
