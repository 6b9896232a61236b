import { z } from 'zod';

const kind = z.enum(['offer', 'request']);
const category = z.enum(['rooms', 'volunteers', 'material', 'money', 'cooperation', 'other']);

export const postSchema = z.object({
	kind,
	category,
	title: z.string().trim().min(3).max(150),
	body: z.string().trim().min(10).max(4000),
	endsOn: z
		.string()
		.trim()
		.regex(/^\d{4}-\d{2}-\d{2}$/)
});
export type PostInput = z.infer<typeof postSchema>;

export const replySchema = z.object({
	message: z.string().trim().min(10).max(4000)
});
export type ReplyInput = z.infer<typeof replySchema>;

/** The list's filter (query string); anything unknown is ignored. */
export const filterSchema = z.object({
	kind: kind.optional().catch(undefined),
	category: category.optional().catch(undefined)
});
export type PinboardFilter = z.infer<typeof filterSchema>;
