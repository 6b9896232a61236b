import { z } from 'zod';
import { IDEA_STATUSES } from './idea.table.ts';

/* Forms of the ideas board (no @sveltejs/kit here). */

const email = z.string().trim().toLowerCase().max(200).pipe(z.email());

export const proposeSchema = z.object({
	title: z.string().trim().min(3).max(120),
	body: z.string().trim().min(10).max(4000),
	topicId: z
		.string()
		.trim()
		.max(100)
		.optional()
		.transform((v) => v || null),
	authorName: z.string().trim().max(80).optional().default(''),
	email,
	consent: z.literal('on', { message: 'ideas.error.consent' }),
	website: z.string().max(500).optional().default(''),
	started: z.string().max(100).optional().default('')
});
export type ProposeInput = z.infer<typeof proposeSchema>;

export const supportSchema = z.object({
	email,
	website: z.string().max(500).optional().default(''),
	started: z.string().max(100).optional().default('')
});

export const moderateSchema = z.object({
	id: z.string().trim().min(1).max(100),
	decision: z.enum(['publish', 'reject'])
});

export const answerIdeaSchema = z
	.object({
		id: z.string().trim().min(1).max(100),
		status: z.enum(IDEA_STATUSES),
		response: z.string().trim().max(4000).optional().default(''),
		projectId: z
			.string()
			.trim()
			.max(100)
			.optional()
			.transform((v) => v || null)
	})
	.refine((v) => v.status !== 'not_possible' || v.response.length >= 10, {
		message: 'ideas.error.reason',
		path: ['response']
	});

export const listSchema = z.object({
	sortierung: z.enum(['unterstuetzung', 'neu', 'status']).optional().catch(undefined),
	thema: z.string().max(100).optional().catch(undefined)
});
