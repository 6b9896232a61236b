import { isAPIError } from 'better-auth/api';
import { linkContext, type LinkContext } from '../auth/link-context.ts';
import { findUserByEmail } from '../auth/member.repository.ts';
import type { AccountContext } from './account.context.ts';
import { allowAttempt } from './account-rate-limit.ts';

export interface ResetRequest {
	email: string;
	client: string;
	/** Site address, alliance name and language for the link in the mail */
	link: LinkContext;
}

/**
 * Sends a link to set a new password – if an account exists. The answer is the same either way
 * and does not wait for the mail, so neither its text nor its timing reveals an account.
 */
export async function requestPasswordReset(
	ctx: AccountContext,
	input: ResetRequest
): Promise<{ ok: true } | { ok: false; reason: 'rateLimited' }> {
	const email = input.email.trim().toLowerCase();
	if (!(await allowAttempt(ctx, 'password-reset', input.client, email))) {
		return { ok: false, reason: 'rateLimited' };
	}
	const work = linkContext.run(input.link, () =>
		ctx.auth.api.requestPasswordReset({ body: { email } })
	);
	void work.catch((error: unknown) => {
		ctx.log.error({ err: error }, 'password reset mail could not be sent');
	});
	return { ok: true };
}

/** Whether a reset link is still usable (shown before the person types a new password). */
export async function isResetTokenValid(ctx: AccountContext, token: string): Promise<boolean> {
	const internal = (await ctx.auth.$context).internalAdapter;
	const found = await internal.findVerificationValue(`reset-password:${token}`);
	return !!found && new Date(found.expiresAt).getTime() > Date.now();
}

/**
 * Sets the new password with the token from the mail. The link works once; all sessions of the
 * person end (Better Auth setting), so a thief who had their password is signed out too.
 */
export async function setNewPassword(
	ctx: AccountContext,
	input: { token: string; password: string }
): Promise<{ ok: true } | { ok: false; reason: 'invalidToken' }> {
	const internal = (await ctx.auth.$context).internalAdapter;
	const pending = await internal.findVerificationValue(`reset-password:${input.token}`);
	try {
		await ctx.auth.api.resetPassword({
			body: { token: input.token, newPassword: input.password }
		});
		// Whoever could read the mail has proven the address (and a later sign-in link must
		// not treat the account as unproven and drop the new password).
		if (pending?.value) await internal.updateUser(pending.value, { emailVerified: true });
		return { ok: true };
	} catch (error) {
		if (isAPIError(error) && error.statusCode < 500) return { ok: false, reason: 'invalidToken' };
		throw error;
	}
}

/** The person behind an address, if any (for flows that must differ, e.g. invitations). */
export async function accountExists(ctx: AccountContext, email: string): Promise<boolean> {
	return !!(await findUserByEmail(ctx.db, email));
}
