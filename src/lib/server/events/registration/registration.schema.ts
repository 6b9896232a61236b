import { z } from 'zod';
import { cleanLine, cleanText } from '../core/event-text.ts';
import { optionalDateField } from '../../http/date-fields.ts';

/** Most people one registration may bring (adults and children each). */
export const MAX_PERSONS_EACH = 20;

const count = (min: number) =>
	z
		.string()
		.trim()
		.regex(/^\d{1,3}$/, 'error.number')
		.transform(Number)
		.pipe(
			z
				.number()
				.int()
				.min(min, 'registration.error.persons')
				.max(MAX_PERSONS_EACH, 'registration.error.tooMany')
		);

/** The public registration form. */
export const registrationFormSchema = z
	.object({
		name: z.string().max(200).transform(cleanLine).pipe(z.string().min(1).max(120)),
		email: z.string().trim().toLowerCase().max(200).pipe(z.email()),
		adults: count(0),
		children: count(0),
		note: z.string().max(1000).optional().default('').transform(cleanText),
		consent: z.literal('on', { message: 'registration.error.consent' }),
		/** The occurrence of a series (its original start); empty for a single event */
		occurrence: z.string().max(40).optional().default(''),
		/** Honeypot: hidden from people, filled by bots */
		website: z.string().max(500).optional().default('')
	})
	.refine((v) => v.adults + v.children >= 1, {
		path: ['adults'],
		message: 'registration.error.persons'
	});

export type RegistrationForm = z.infer<typeof registrationFormSchema>;

const optionalInt = (min: number, max: number) =>
	z
		.string()
		.trim()
		.optional()
		.default('')
		.refine((v) => v === '' || (/^\d{1,5}$/.test(v) && +v >= min && +v <= max), {
			message: 'registration.error.range'
		})
		.transform((v) => (v === '' ? null : Number(v)));

/** The organiser's settings of an event's registration. */
export const registrationSettingsSchema = z.object({
	enabled: z
		.string()
		.optional()
		.transform((v) => v === 'on'),
	capacity: optionalInt(1, 10000),
	waitlist: z
		.string()
		.optional()
		.transform((v) => v === 'on'),
	/** 'YYYY-MM-DD' (local), last day on which people may register; empty: until the start */
	closesOn: optionalDateField,
	retentionDays: optionalInt(1, 365)
});

export type RegistrationSettingsForm = z.infer<typeof registrationSettingsSchema>;
