import { z } from 'zod';
import { emailField } from '../accounts/account.schema.ts';

/** The path prefix /b/<slug> (see tenancy-path.ts) */
export const SLUG = /^[a-z0-9][a-z0-9-]{0,62}$/;
const DOMAIN = /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

export const newAllianceSchema = z.object({
	name: z.string().trim().min(3).max(200),
	slug: z.string().trim().toLowerCase().regex(SLUG, { message: 'error.slug' }),
	town: z.string().trim().max(120).optional().default(''),
	domain: z
		.string()
		.trim()
		.toLowerCase()
		.max(253)
		.optional()
		.default('')
		.transform((v) => v.replace(/\.$/, ''))
		.refine((v) => v === '' || DOMAIN.test(v), { message: 'admin.platform.error.domain' })
		.transform((v) => (v === '' ? null : v)),
	coordinatorEmail: emailField
});

export type NewAllianceInput = z.output<typeof newAllianceSchema>;

export const inviteCoordinatorSchema = z.object({
	allianceId: z.string().trim().min(1).max(100),
	email: emailField
});

export const deleteAllianceSchema = z.object({
	allianceId: z.string().trim().min(1).max(100),
	confirm: z.string().trim().max(100).optional().default('')
});
