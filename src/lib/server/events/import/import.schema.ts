import { z } from 'zod';
import { cleanLine } from '../core/event-text.ts';

/** How often a subscription is synced, in minutes (the form's choices). */
export const SYNC_INTERVALS = [60, 180, 720, 1440] as const;

/** The subscription form (coordinators and partner contacts). */
export const feedFormSchema = z.object({
	name: z.string().max(300).transform(cleanLine).pipe(z.string().min(1).max(120)),
	url: z
		.string()
		.trim()
		.max(2000)
		.transform((v) =>
			v.replace(/^webcals?:\/\//i, (m) =>
				m.toLowerCase() === 'webcals://' ? 'https://' : 'http://'
			)
		)
		.pipe(
			z
				.string()
				.min(1)
				.regex(/^https?:\/\/\S+$/i, 'import.error.badUrl')
		),
	/** '' = the alliance itself (staff only) */
	partnerId: z.string().max(100).optional().default(''),
	autoPublish: z
		.string()
		.optional()
		.transform((v) => v === 'on'),
	intervalMinutes: z.coerce
		.number()
		.int()
		.refine((v) => (SYNC_INTERVALS as readonly number[]).includes(v), { message: 'error.invalid' })
		.optional()
		.default(60)
});

export type FeedForm = z.infer<typeof feedFormSchema>;

export const feedDeleteSchema = z.object({
	removeEvents: z
		.string()
		.optional()
		.transform((v) => v === 'on')
});
