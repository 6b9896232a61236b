import { betterAuth } from 'better-auth';
import { admin, magicLink, organization } from 'better-auth/plugins';
import type { Kysely } from 'kysely';
import { accessControl, allianceRoles } from './roles.ts';

/** What Better Auth needs to send its mails; the mail feature builds the texts. */
export interface AuthMailHooks {
	passwordReset(data: { email: string; name: string; token: string }): Promise<void>;
	invitation(data: {
		invitationId: string;
		email: string;
		role: string;
		allianceId: string;
		allianceName: string;
		inviterName: string;
	}): Promise<void>;
	magicLink(data: { email: string; token: string }): Promise<void>;
}

export interface AuthOptions {
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	db: Kysely<any>;
	dialect: 'sqlite' | 'postgres';
	secret: string;
	baseURL: string;
	mail: AuthMailHooks;
}

export const SESSION_DAYS = 7;
/** How long an invitation link works */
export const INVITATION_DAYS = 7;

export function createAuth(options: AuthOptions) {
	return betterAuth({
		appName: 'Bündnis',
		baseURL: options.baseURL,
		secret: options.secret,
		database: { db: options.db, type: options.dialect },
		telemetry: { enabled: false },
		emailAndPassword: {
			enabled: true,
			minPasswordLength: 10,
			maxPasswordLength: 128,
			// Accounts are only created through invitations and the seed.
			disableSignUp: false,
			autoSignIn: true,
			resetPasswordTokenExpiresIn: 60 * 60,
			revokeSessionsOnPasswordReset: true,
			sendResetPassword: async ({ user, token }) => {
				await options.mail.passwordReset({ email: user.email, name: user.name, token });
			}
		},
		session: {
			expiresIn: 60 * 60 * 24 * SESSION_DAYS,
			updateAge: 60 * 60 * 24
		},
		rateLimit: { enabled: false },
		advanced: {
			useSecureCookies: options.baseURL.startsWith('https://'),
			defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' }
		},
		plugins: [
			admin({ defaultRole: 'user', adminRoles: ['admin'] }),
			organization({
				ac: accessControl,
				roles: allianceRoles,
				creatorRole: 'coordinator',
				allowUserToCreateOrganization: false,
				invitationExpiresIn: 60 * 60 * 24 * INVITATION_DAYS,
				cancelPendingInvitationsOnReInvite: true,
				membershipLimit: 100000,
				schema: {
					organization: {
						modelName: 'alliance',
						fields: { createdAt: 'created_at', logo: 'logo_url' }
					}
				},
				sendInvitationEmail: async (data) => {
					await options.mail.invitation({
						invitationId: data.id,
						email: data.email,
						role: data.role,
						allianceId: data.organization.id,
						allianceName: data.organization.name,
						inviterName: data.inviter.user.name
					});
				}
			}),
			magicLink({
				expiresIn: 60 * 15,
				disableSignUp: true,
				sendMagicLink: async ({ email, token }) => {
					await options.mail.magicLink({ email, token });
				}
			})
		]
	});
}

export type Auth = ReturnType<typeof createAuth>;
