import { z } from 'zod';

/** Input of the account forms. Messages are i18n keys (see forms.ts issueToMessage). */

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;

export const emailField = z.string().trim().min(1).max(254).toLowerCase().pipe(z.email());

const newPassword = z.string().min(PASSWORD_MIN).max(PASSWORD_MAX);

const repeated = <T extends { password: string; passwordRepeat: string }>(value: T) =>
	value.password === value.passwordRepeat;
const mismatch = {
	message: 'accounts.error.passwordMismatch',
	path: ['passwordRepeat']
};

export const signInSchema = z.object({
	email: emailField,
	// Old passwords may be shorter than today's minimum; only the length cap applies.
	password: z.string().min(1).max(PASSWORD_MAX)
});

export const emailOnlySchema = z.object({ email: emailField });

export const newPasswordSchema = z
	.object({
		token: z.string().min(1).max(200),
		password: newPassword,
		passwordRepeat: z.string().max(PASSWORD_MAX)
	})
	.refine(repeated, mismatch);

export const tokenSchema = z.object({ token: z.string().min(1).max(200) });

/** Roles a coordinator can give in the admin area; partner contacts join through their partner. */
const STAFF_ROLES = ['coordinator', 'editor'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const inviteSchema = z.object({
	email: emailField,
	role: z.enum(STAFF_ROLES, { message: 'accounts.error.role' })
});

export const acceptInvitationSchema = z
	.object({
		name: z.string().trim().min(2).max(100),
		password: newPassword,
		passwordRepeat: z.string().max(PASSWORD_MAX)
	})
	.refine(repeated, mismatch);

export const memberIdSchema = z.object({ memberId: z.string().trim().min(1).max(100) });

export const memberRoleSchema = z.object({
	memberId: z.string().trim().min(1).max(100),
	role: z.enum(STAFF_ROLES, { message: 'accounts.error.role' })
});

export const invitationIdSchema = z.object({ invitationId: z.string().trim().min(1).max(100) });
