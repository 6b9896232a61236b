import type { Auth } from '../auth/auth.ts';
import type { AllianceRole } from '../auth/roles.ts';
import type { ServiceContext } from '../context.ts';

export interface NewAccount {
	email: string;
	name: string;
	password: string;
	/** Membership to create, if any */
	allianceId?: string;
	role?: AllianceRole;
	/** Operator of the whole installation */
	platformAdmin?: boolean;
}

/**
 * Creates a person with a password (seed, operator set-up). People normally join through
 * invitations; this is the path for the very first accounts.
 */
export async function createAccount(
	ctx: Pick<ServiceContext, 'db'> & { auth: Auth },
	input: NewAccount
): Promise<{ userId: string }> {
	const result = await ctx.auth.api.signUpEmail({
		body: { email: input.email.toLowerCase(), name: input.name, password: input.password }
	});
	const userId = result.user.id;
	// Through Better Auth's adapter, which knows how each database stores booleans.
	const internal = (await ctx.auth.$context).internalAdapter;
	await internal.updateUser(userId, {
		emailVerified: true,
		...(input.platformAdmin ? { role: 'admin' } : {})
	});
	if (input.allianceId && input.role) {
		await ctx.auth.api.addMember({
			body: { userId, role: input.role, organizationId: input.allianceId }
		});
	}
	return { userId };
}
