import { z } from 'zod';
import { cleanLine } from '../core/event-text.ts';

/*
 * The forms of the calendar's workflows, read into the same EventInput the coordinators' form
 * produces (core eventFormSchema), so every rule of the calendar applies to them too.
 */

/** Plain text from the public form → the small HTML the calendar stores (escaped paragraphs). */
export function textToParagraphs(text: string): string {
	const escape = (s: string) =>
		s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
	return text
		.replace(/\r\n?/g, '\n')
		.split(/\n{2,}/)
		.map((p) => p.trim())
		.filter(Boolean)
		.map((p) => `<p>${escape(p).replace(/\n/g, '<br>')}</p>`)
		.join('');
}

/** Who reports an event through the public form, and their consent. */
export const submitterSchema = z.object({
	submitterName: z.string().max(200).transform(cleanLine).pipe(z.string().min(1).max(120)),
	submitterEmail: z.string().trim().toLowerCase().max(200).pipe(z.email()),
	consent: z.literal('on', { message: 'submission.error.consent' }),
	/** Honeypot: hidden from people, filled by bots */
	fax: z.string().max(500).optional().default('')
});

export type Submitter = z.infer<typeof submitterSchema>;

export const intentSchema = z.object({
	/** save: keep as draft / as it is; submit: ask for publication (or publish where allowed) */
	intent: z.enum(['save', 'submit']).optional().default('save')
});
