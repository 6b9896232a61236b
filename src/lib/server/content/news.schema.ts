import { z } from 'zod';
import { checkbox } from './page.schema.ts';
import { SLUG_MAX, SLUG_PATTERN } from './slug.ts';
import { optionalDateOrDateTimeField } from '../http/date-fields.ts';

/** How a news post is (to be) published. */
const NEWS_STATUS = ['draft', 'published'] as const;

/** A news post as the service takes it. */
export const newsInputSchema = z.object({
	title: z.string().trim().min(1).max(200),
	/** Empty: made from the title (and made unique). */
	slug: z
		.string()
		.trim()
		.max(SLUG_MAX)
		.refine((s) => s === '' || SLUG_PATTERN.test(s), 'error.slug')
		.default(''),
	summary: z.string().trim().max(400).default(''),
	body: z.string().max(300_000).default(''),
	/** null: draft. A future instant: scheduled. */
	publishedAt: z.iso.datetime().nullable().default(null),
	imageId: z.uuid().nullable().default(null)
});
export type NewsInput = z.input<typeof newsInputSchema>;

/** The news form: status and a local date-time (Europe/Berlin) instead of an instant. */
export const newsFormSchema = z.object({
	title: z.string().trim().min(1).max(200),
	slug: z
		.string()
		.trim()
		.max(SLUG_MAX)
		.refine((s) => s === '' || SLUG_PATTERN.test(s), 'error.slug')
		.default(''),
	summary: z.string().trim().max(400).default(''),
	body: z.string().max(300_000).default(''),
	status: z.enum(NEWS_STATUS).default('draft'),
	publishAt: optionalDateOrDateTimeField,
	imageAlt: z.string().trim().max(300).default(''),
	removeImage: checkbox
});
export type NewsForm = z.infer<typeof newsFormSchema>;
