import { z } from 'zod';

/* Forms of the plenum pages. */

const MAX_AGENDA_ITEMS = 40;
const MAX_EXTRA_ADDRESSES = 500;

const checkbox = z
	.string()
	.optional()
	.transform((v) => v === 'on');

const email = z.email();

/** Addresses typed by the coordinators: one per line (commas and semicolons also separate). */
function parseAddresses(text: string): { valid: string[]; invalid: string[] } {
	const valid = new Set<string>();
	const invalid: string[] = [];
	for (const raw of text.split(/[\n\r,;]+/)) {
		const item = raw.trim().replace(/^<|>$/g, '').toLowerCase();
		if (!item) continue;
		if (item.length <= 200 && email.safeParse(item).success) valid.add(item);
		else invalid.push(raw.trim().slice(0, 80));
	}
	return { valid: [...valid], invalid };
}

/** Agenda items: one per line, numbering typed by hand is dropped (the mail numbers them). */
function parseAgenda(text: string): string[] {
	return text
		.split(/\r?\n/)
		.map((line) =>
			line
				.replace(/^\s*(\d{1,2}[.)]|[-–*•])\s*/, '')
				.replace(/\s+/g, ' ')
				.trim()
		)
		.filter(Boolean);
}

export const plenumSettingsSchema = z.object({
	agenda: z
		.string()
		.max(12_000)
		.default('')
		.transform(parseAgenda)
		.refine((items) => items.length <= MAX_AGENDA_ITEMS, { message: 'plenum.error.agendaLength' })
		.refine((items) => items.every((i) => i.length <= 300), { message: 'plenum.error.agendaItem' }),
	invitationText: z.string().trim().max(4000).default(''),
	includePartners: checkbox,
	includeSubscribers: checkbox,
	extraAddresses: z
		.string()
		.max(60_000)
		.default('')
		.refine((text) => parseAddresses(text).invalid.length === 0, {
			message: 'plenum.error.addresses'
		})
		.transform((text) => parseAddresses(text).valid)
		.refine((list) => list.length <= MAX_EXTRA_ADDRESSES, { message: 'plenum.error.tooMany' }),
	reminderDays: z
		.string()
		.trim()
		.regex(/^\d{1,2}$/, 'error.number')
		.transform(Number)
		.pipe(z.number().int().min(1, 'plenum.error.reminderDays').max(60, 'plenum.error.reminderDays'))
});

export type PlenumSettings = z.infer<typeof plenumSettingsSchema>;

export const markPlenumSchema = z.object({ event: z.string().trim().min(1).max(100) });

export const minutesSchema = z.object({
	minutes: z.string().max(200_000).default(''),
	visibility: z.enum(['internal', 'public'], { message: 'error.invalid' }),
	removeFile: checkbox
});

export type MinutesInput = z.infer<typeof minutesSchema>;
