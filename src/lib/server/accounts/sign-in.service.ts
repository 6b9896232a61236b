import { isAPIError } from 'better-auth/api';
import type { AccountContext } from './account.context.ts';
import { allowAttempt } from './account-rate-limit.ts';

export interface SignInInput {
	email: string;
	password: string;
	/** The client's address (rate limit) */
	client: string;
	/** The request's headers (user agent and address go into the session) */
	headers: Headers;
}

export type SignInResult =
	| { ok: true; userId: string; platformAdmin: boolean; setCookies: Headers }
	| { ok: false; reason: 'rateLimited' | 'invalid' };

/**
 * Email + password. Wrong address and wrong password give the same answer, so the form never
 * tells whether an account exists. Every attempt counts against the rate limit.
 */
export async function signIn(ctx: AccountContext, input: SignInInput): Promise<SignInResult> {
	const email = input.email.trim().toLowerCase();
	if (!(await allowAttempt(ctx, 'sign-in', input.client, email))) {
		ctx.log.warn({ action: 'sign-in' }, 'rate limit reached');
		return { ok: false, reason: 'rateLimited' };
	}
	try {
		const { headers, response } = await ctx.auth.api.signInEmail({
			body: { email, password: input.password },
			headers: input.headers,
			returnHeaders: true
		});
		const user = response.user as typeof response.user & { role?: string | null };
		return { ok: true, userId: user.id, platformAdmin: user.role === 'admin', setCookies: headers };
	} catch (error) {
		if (isAPIError(error) && error.statusCode < 500) return { ok: false, reason: 'invalid' };
		throw error;
	}
}

/** Ends the session of these request headers; returns the Set-Cookie headers that clear it. */
export async function signOut(ctx: AccountContext, headers: Headers): Promise<Headers | null> {
	try {
		const result = await ctx.auth.api.signOut({ headers, returnHeaders: true });
		return result.headers;
	} catch (error) {
		// No (valid) session: nothing to end.
		if (isAPIError(error) && error.statusCode < 500) return null;
		throw error;
	}
}
