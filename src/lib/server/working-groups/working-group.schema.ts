import { z } from 'zod';
import { dateTimeField } from '../http/date-fields.ts';

const text = (max: number) => z.string().trim().max(max).default('');

export const workingGroupSchema = z.object({
	name: z.string().trim().min(3).max(150),
	summary: text(500),
	description: text(10000),
	contactName: text(150),
	contactEmail: z
		.string()
		.trim()
		.max(254)
		.toLowerCase()
		.default('')
		.refine((v) => v === '' || z.email().safeParse(v).success, { message: 'error.email' }),
	topicId: text(100),
	status: z.enum(['active', 'ended']).default('active'),
	position: z.coerce.number().int().min(0).max(999).default(0)
});
export type WorkingGroupInput = z.infer<typeof workingGroupSchema>;

/** A member: an account of the alliance (userId) or a person without one (name, e-mail). */
export const memberSchema = z
	.object({
		userId: text(100),
		name: text(150),
		email: z
			.string()
			.trim()
			.max(254)
			.toLowerCase()
			.default('')
			.refine((v) => v === '' || z.email().safeParse(v).success, { message: 'error.email' }),
		role: z.enum(['lead', 'member']).default('member')
	})
	.refine((v) => v.userId || v.name.length >= 2, {
		message: 'groups.error.member',
		path: ['name']
	});
export type MemberInput = z.infer<typeof memberSchema>;

const localDateTime = dateTimeField;

/** A meeting as the form sends it: local date and times (Europe/Berlin). */
export const meetingSchema = z
	.object({
		title: z.string().trim().min(3).max(200),
		start: localDateTime,
		end: localDateTime,
		place: text(300),
		agenda: text(10000),
		minutes: text(50000)
	})
	.refine((v) => v.start < v.end, { message: 'groups.error.meetingEnd', path: ['end'] });
export type MeetingInput = z.infer<typeof meetingSchema>;
