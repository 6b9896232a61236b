import { z } from 'zod';

/* Forms of the newsletter (no @sveltejs/kit here). */

const email = z.string().trim().toLowerCase().max(200).pipe(z.email());

/** A topic key: 'news', 'events' or 'topic:<id>' (a Schwerpunktthema of the alliance). */
const topicKey = z
	.string()
	.trim()
	.max(120)
	.regex(/^(news|events|topic:[A-Za-z0-9_-]{1,100})$/);

const topicList = z
	.union([topicKey, z.array(topicKey).max(60)])
	.optional()
	.transform((v) => [...new Set(v === undefined ? [] : Array.isArray(v) ? v : [v])]);

export const subscribeSchema = z.object({
	email,
	locale: z.enum(['de', 'en']).default('de'),
	topics: topicList.refine((v) => v.length > 0, { message: 'newsletter.error.topics' }),
	consent: z.literal('on', { message: 'newsletter.error.consent' }),
	website: z.string().max(500).optional().default(''),
	started: z.string().max(100).optional().default('')
});
export type SubscribeInput = z.infer<typeof subscribeSchema>;

export const issueSchema = z.object({
	id: z.string().trim().max(100).optional().default(''),
	subject: z.string().trim().min(3).max(200),
	body: z.string().max(200_000),
	topics: topicList.refine((v) => v.length > 0, { message: 'newsletter.error.topics' })
});
export type IssueInput = z.infer<typeof issueSchema>;

/** RFC 8058: the body of a one-click unsubscribe POST. */
export function isOneClickBody(body: string): boolean {
	return /List-Unsubscribe=One-Click/i.test(body);
}
