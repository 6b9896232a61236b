import { isAPIError } from 'better-auth/api';
import type { AccountContext } from './account.context.ts';
import {
	countSignInFailure,
	isKnownDevice,
	rememberDevice,
	signInGate
} from './account-rate-limit.ts';

export interface SignInInput {
	email: string;
	password: string;
	/** The client's address (rate limit) */
	client: string;
	/** The request's headers (user agent and address go into the session) */
	headers: Headers;
	/** The browser's device cookie (DEVICE_COOKIE), if it has one */
	device?: string;
}

export type SignInResult =
	| {
			ok: true;
			userId: string;
			platformAdmin: boolean;
			setCookies: Headers;
			/** the device cookie's new value: this browser is now known for the account */
			device: string;
	  }
	| { ok: false; reason: 'rateLimited' | 'useLink' | 'invalid' };

/**
 * Email + password. Wrong address and wrong password give the same answer, so the form never
 * tells whether an account exists. Wrong passwords throttle the address that sends them; they
 * never lock the person out of a browser they signed in with before, nor out of the sign-in
 * link (see account-rate-limit.ts).
 */
export async function signIn(ctx: AccountContext, input: SignInInput): Promise<SignInResult> {
	const email = input.email.trim().toLowerCase();
	const secret = ctx.auth.options.secret ?? '';
	const knownDevice = isKnownDevice(secret, email, input.device);
	const gate = await signInGate(ctx, { client: input.client, email, knownDevice });
	if (gate !== 'allowed') {
		ctx.log.warn({ action: 'sign-in', gate }, 'sign-in throttled');
		return { ok: false, reason: gate === 'accountGuarded' ? 'useLink' : 'rateLimited' };
	}
	try {
		const { headers, response } = await ctx.auth.api.signInEmail({
			body: { email, password: input.password },
			headers: input.headers,
			returnHeaders: true
		});
		const user = response.user as typeof response.user & { role?: string | null };
		return {
			ok: true,
			userId: user.id,
			platformAdmin: user.role === 'admin',
			setCookies: headers,
			device: rememberDevice(secret, email, input.device)
		};
	} catch (error) {
		if (isAPIError(error) && error.statusCode < 500) {
			await countSignInFailure(ctx, { client: input.client, email });
			return { ok: false, reason: 'invalid' };
		}
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
