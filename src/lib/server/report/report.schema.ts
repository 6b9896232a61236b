import { z } from 'zod';

/** The coordinators' part of a year's report, as the admin form sends it. */

const list = z
	.union([z.string(), z.array(z.string())])
	.optional()
	.transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))
	.pipe(z.array(z.string().uuid()).max(20));

export const reportTextSchema = z.object({
	foreword: z.string().trim().max(6000).default(''),
	highlights: z.string().trim().max(6000).default(''),
	outlook: z.string().trim().max(6000).default(''),
	surveyIds: list,
	published: z
		.string()
		.optional()
		.transform((v) => v === 'on')
});
export type ReportTextInput = z.infer<typeof reportTextSchema>;

/** A report's year in an address or form: 2000 up to next year. */
export const reportYearSchema = z.coerce
	.number()
	.int()
	.min(2000)
	.max(new Date().getUTCFullYear() + 1);

export const photoSchema = z.object({ photoId: z.string().uuid() });

export const photoAltSchema = z.object({ alt: z.string().trim().min(3).max(300) });
