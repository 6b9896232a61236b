import { z } from 'zod';
import { CONCERN_STATUSES } from './concern.table.ts';

/* Forms of the contact point for concerns (no @sveltejs/kit here). */

const id = z.string().trim().min(1).max(100);
const optionalId = z
	.string()
	.trim()
	.max(100)
	.optional()
	.transform((v) => v || null);

/** The public form: a family writes in, with or without name and contact. */
export const concernFormSchema = z
	.object({
		categoryId: z.string().trim().min(1, { message: 'concerns.error.category' }).max(100),
		message: z.string().trim().min(10).max(5000),
		anonymous: z.literal('on').optional(),
		name: z.string().trim().max(120).optional().default(''),
		email: z
			.string()
			.trim()
			.toLowerCase()
			.max(200)
			.optional()
			.default('')
			.pipe(z.union([z.literal(''), z.email()])),
		phone: z
			.string()
			.trim()
			.max(40)
			.optional()
			.default('')
			.pipe(z.union([z.literal(''), z.string().regex(/^[+()\d\s/-]{5,40}$/)])),
		consent: z.literal('on', { message: 'concerns.error.consent' }),
		/** Honeypot: hidden from people, filled by bots. */
		website: z.string().max(500).optional().default(''),
		/** Signed time token (form-guard.ts). */
		started: z.string().max(100).optional().default('')
	})
	.transform((v) => (v.anonymous ? { ...v, name: '' } : v));

export type ConcernFormInput = z.infer<typeof concernFormSchema>;

/** The family adds to its concern on the status page. */
export const followUpSchema = z.object({
	message: z.string().trim().min(2).max(5000),
	website: z.string().max(500).optional().default('')
});

export const answerSchema = z.object({
	body: z.string().trim().min(2).max(10000),
	/** Close the concern with this answer */
	close: z.literal('on').optional()
});

export const noteSchema = z.object({ note: z.string().trim().min(2).max(10000) });

export const statusSchema = z.object({ status: z.enum(CONCERN_STATUSES) });

export const assignSchema = z.object({ userId: optionalId });

export const routeSchema = z.object({
	/** "partner:<id>", "group:<id>" or empty (no longer routed) */
	target: z
		.string()
		.trim()
		.max(120)
		.regex(/^((partner|group):[A-Za-z0-9_-]+)?$/)
});

export const templateSchema = z.object({
	title: z.string().trim().min(1).max(120),
	body: z.string().trim().min(2).max(10000)
});

export const categorySchema = z.object({
	name: z.string().trim().min(1).max(80),
	position: z.coerce.number().int().min(0).max(999).optional().default(0)
});

export const settingsSchema = z.object({
	retentionMonths: z.coerce.number().int().min(1).max(120),
	reminderDays: z.coerce.number().int().min(1).max(60)
});

export const idSchema = z.object({ id });

export const inboxFilterSchema = z.object({
	status: z
		.enum([...CONCERN_STATUSES, 'open', 'all'] as const)
		.optional()
		.catch(undefined),
	kategorie: z.string().max(100).optional().catch(undefined),
	zustaendig: z.string().max(100).optional().catch(undefined)
});
