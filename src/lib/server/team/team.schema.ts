import { z } from 'zod';
import { optionalDateField } from '../http/date-fields.ts';

const optionalDate = optionalDateField;

/** A member of the coordination team, as the admin form sends it. */
export const teamMemberSchema = z
	.object({
		name: z.string().trim().min(2).max(150),
		role: z.string().trim().max(150).default(''),
		organisation: z.string().trim().max(150).default(''),
		termFrom: optionalDate,
		termTo: optionalDate,
		position: z.coerce.number().int().min(0).max(999).default(0)
	})
	.refine((v) => !v.termFrom || !v.termTo || v.termFrom <= v.termTo, {
		message: 'team.error.termOrder',
		path: ['termTo']
	});
export type TeamMemberInput = z.infer<typeof teamMemberSchema>;
