import { z } from 'zod';

/* What coordinators type when they set up a survey and its questions. */

const checkbox = z
	.string()
	.optional()
	.transform((v) => v === 'on');

/** A calendar day YYYY-MM-DD that exists (no 30 February), or empty. */
const day = z
	.string()
	.trim()
	.optional()
	.transform((v) => v ?? '')
	.refine((v) => v === '' || isRealDay(v), { message: 'error.date' });

function isRealDay(value: string): boolean {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (!m) return false;
	const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
	return date.toISOString().slice(0, 10) === value;
}

/** One line per option; empty lines dropped, duplicates refused. */
const lines = (max: number) =>
	z
		.string()
		.optional()
		.transform((v) =>
			(v ?? '')
				.split(/\r?\n/)
				.map((line) => line.trim())
				.filter(Boolean)
		)
		.refine((list) => list.length <= max, { message: 'surveys.error.tooManyOptions' })
		.refine((list) => list.every((line) => line.length <= 200), { message: 'error.invalid' })
		.refine((list) => new Set(list).size === list.length, {
			message: 'surveys.error.duplicateOption'
		});

export const surveySettingsSchema = z
	.object({
		title: z.string().trim().min(3).max(200),
		intro: z.string().trim().max(4000).optional().default(''),
		thanks: z.string().trim().max(2000).optional().default(''),
		access: z.enum(['open', 'invite']),
		opensOn: day,
		closesOn: day,
		published: checkbox,
		resultsPublic: checkbox,
		resultsIntro: z.string().trim().max(4000).optional().default('')
	})
	.refine((s) => !s.opensOn || !s.closesOn || s.opensOn <= s.closesOn, {
		message: 'surveys.error.closesBeforeOpens',
		path: ['closesOn']
	});
export type SurveySettingsInput = z.infer<typeof surveySettingsSchema>;

export const newSurveySchema = z.object({
	title: z.string().trim().min(3).max(200),
	template: z.enum(['blank', 'needs']).default('blank')
});

const scaleBound = z.coerce.number().int().min(0).max(10);

export const questionSchema = z
	.object({
		kind: z.enum(['single', 'multiple', 'scale', 'number', 'text', 'ranking', 'grid']),
		label: z.string().trim().min(3).max(300),
		help: z.string().trim().max(500).optional().default(''),
		section: z.string().trim().max(150).optional().default(''),
		required: checkbox,
		options: lines(30),
		gridRows: lines(20),
		allowOther: checkbox,
		scaleMin: scaleBound.optional().default(1),
		scaleMax: scaleBound.optional().default(5),
		scaleMinLabel: z.string().trim().max(60).optional().default(''),
		scaleMaxLabel: z.string().trim().max(60).optional().default(''),
		conditionQuestionId: z.string().trim().max(64).optional().default(''),
		conditionValue: z.string().trim().max(200).optional().default(''),
		resultsPublic: checkbox
	})
	.superRefine((q, ctx) => {
		const needsOptions = ['single', 'multiple', 'ranking', 'grid'].includes(q.kind);
		if (needsOptions && q.options.length < 2) {
			ctx.addIssue({ code: 'custom', path: ['options'], message: 'surveys.error.twoOptions' });
		}
		if (q.kind === 'grid' && q.gridRows.length < 1) {
			ctx.addIssue({ code: 'custom', path: ['gridRows'], message: 'surveys.error.gridRows' });
		}
		if (q.kind === 'scale' && q.scaleMax - q.scaleMin < 1) {
			ctx.addIssue({ code: 'custom', path: ['scaleMax'], message: 'surveys.error.scale' });
		}
		if (!!q.conditionQuestionId !== !!q.conditionValue) {
			ctx.addIssue({
				code: 'custom',
				path: ['conditionValue'],
				message: 'surveys.error.condition'
			});
		}
	});
export type QuestionInput = z.infer<typeof questionSchema>;

export const invitationsSchema = z.object({
	labels: lines(500).refine((l) => l.length > 0, { message: 'error.required' }),
	copies: z.coerce.number().int().min(1).max(200).default(1)
});
