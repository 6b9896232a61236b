import { z } from 'zod';
import { optionalDateField } from '../http/date-fields.ts';

export const PROJECT_STATUSES = ['planned', 'running', 'completed'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export function isProjectStatus(value: unknown): value is ProjectStatus {
	return typeof value === 'string' && (PROJECT_STATUSES as readonly string[]).includes(value);
}

const text = (max: number) => z.string().trim().max(max).default('');
const optionalDate = optionalDateField;
const idList = z
	.union([z.string(), z.array(z.string())])
	.optional()
	.transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).filter(Boolean));

/** A project as the admin form sends it (descriptions as plain text). */
export const projectSchema = z
	.object({
		title: z.string().trim().min(3).max(200),
		summary: text(500),
		description: text(10000),
		goals: text(5000),
		results: text(5000),
		status: z.enum(PROJECT_STATUSES, { message: 'projects.error.status' }),
		startsOn: optionalDate,
		endsOn: optionalDate,
		workingGroupId: text(100),
		topicId: text(100),
		partners: idList,
		news: idList,
		goodPractice: z
			.string()
			.optional()
			.transform((v) => v === 'on'),
		published: z
			.string()
			.optional()
			.transform((v) => v === 'on')
	})
	.refine((v) => !v.startsOn || !v.endsOn || v.startsOn <= v.endsOn, {
		message: 'projects.error.period',
		path: ['endsOn']
	});
export type ProjectInput = z.infer<typeof projectSchema>;
