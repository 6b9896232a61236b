import { isAPIError } from 'better-auth/api';
import { linkContext, type LinkContext } from '../auth/link-context.ts';
import { findUserByEmail } from '../auth/member.repository.ts';
import type { AccountContext } from './account.context.ts';
import { allowAttempt } from './account-rate-limit.ts';

/**
 * Sign-in link by mail, for people who would rather not keep a password. Only existing
 * accounts get a mail (nobody can be signed up this way); the answer is the same either way.
 */
export async function requestSignInLink(
	ctx: AccountContext,
	input: { email: string; client: string; link: LinkContext; headers: Headers }
): Promise<{ ok: true } | { ok: false; reason: 'rateLimited' }> {
	const email = input.email.trim().toLowerCase();
	if (!(await allowAttempt(ctx, 'sign-in-link', input.client, email))) {
		return { ok: false, reason: 'rateLimited' };
	}
	const work = (async () => {
		if (!(await findUserByEmail(ctx.db, email))) return;
		await linkContext.run(input.link, () =>
			ctx.auth.api.signInMagicLink({ body: { email }, headers: input.headers })
		);
	})();
	void work.catch((error: unknown) => {
		ctx.log.error({ err: error }, 'sign-in link could not be sent');
	});
	return { ok: true };
}

/**
 * Uses the token from the mail (once, 15 minutes). Returns the Set-Cookie headers of the new
 * session. Called from a form the person submits, not from the link itself, so that mail
 * scanners that open links do not use the token up.
 */
export async function verifySignInLink(
	ctx: AccountContext,
	input: { token: string; headers: Headers }
): Promise<
	{ ok: true; userId: string; platformAdmin: boolean; setCookies: Headers } | { ok: false }
> {
	try {
		const { headers, response } = await ctx.auth.api.magicLinkVerify({
			query: { token: input.token },
			headers: input.headers,
			returnHeaders: true
		});
		if (!response || !('user' in response)) return { ok: false };
		const user = response.user as typeof response.user & { role?: string | null };
		return { ok: true, userId: user.id, platformAdmin: user.role === 'admin', setCookies: headers };
	} catch (error) {
		// An invalid or used token makes Better Auth answer with a redirect (an APIError).
		if (isAPIError(error) && error.statusCode < 500) return { ok: false };
		throw error;
	}
}
