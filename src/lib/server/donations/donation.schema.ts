import { z } from 'zod';

/**
 * "1.500", "1500,50", "1 500 €", "250.5" → cents; '' → null; anything else → undefined.
 * A comma is the decimal mark (dots then group thousands); without a comma, a dot followed by
 * exactly three digits groups thousands, otherwise it is the decimal mark.
 */
export function parseEuro(input: string): number | null | undefined {
	let v = input.replace(/[\s\u00a0€]|EUR/gi, '');
	if (!v) return null;
	if (v.includes(',')) v = v.replace(/\./g, '').replace(',', '.');
	else if (/^\d{1,3}(\.\d{3})+$/.test(v)) v = v.replace(/\./g, '');
	if (!/^\d{1,9}(\.\d{1,2})?$/.test(v)) return undefined;
	return Math.round(Number(v) * 100);
}

const euro = z
	.string()
	.trim()
	.max(30)
	.default('')
	.transform((v, ctx) => {
		const cents = parseEuro(v);
		if (cents === undefined) {
			ctx.addIssue({ code: 'custom', message: 'donate.error.amount' });
			return z.NEVER;
		}
		return cents;
	});

export const purposeSchema = z
	.object({
		title: z.string().trim().min(3).max(150),
		body: z.string().trim().max(4000).default(''),
		goal: euro,
		raised: euro,
		remittance: z.string().trim().min(3).max(140),
		thanks: z.string().trim().max(2000).default(''),
		position: z.coerce.number().int().min(0).max(999).default(0),
		published: z
			.string()
			.optional()
			.transform((v) => v === 'on')
	})
	.superRefine((v, ctx) => {
		if (v.raised !== null && v.goal === null) {
			ctx.addIssue({ code: 'custom', path: ['raised'], message: 'donate.error.raisedWithoutGoal' });
		}
	});
export type PurposeInput = z.infer<typeof purposeSchema>;
