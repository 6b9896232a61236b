import type { QuestionRow, SurveyRow } from './survey.repository.ts';
import type { Question, Survey, SurveyState } from './survey.types.ts';

/* Rows to domain types. */

function list(json: string): string[] {
	try {
		const value: unknown = JSON.parse(json);
		return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
	} catch {
		return [];
	}
}

function surveyState(row: SurveyRow, now: Date): SurveyState {
	if (!row.published) return 'draft';
	const at = now.toISOString();
	if (row.opens_at && at < row.opens_at) return 'scheduled';
	if (row.closes_at && at > row.closes_at) return 'closed';
	return 'open';
}

export function toSurvey(row: SurveyRow, now: Date): Survey {
	return {
		id: row.id,
		slug: row.slug,
		title: row.title,
		intro: row.intro,
		thanks: row.thanks,
		access: row.access,
		opensAt: row.opens_at,
		closesAt: row.closes_at,
		published: !!row.published,
		resultsPublic: !!row.results_public,
		resultsIntro: row.results_intro,
		state: surveyState(row, now),
		createdAt: row.created_at
	};
}

export function toQuestion(row: QuestionRow): Question {
	return {
		id: row.id,
		position: row.position,
		section: row.section,
		kind: row.kind,
		label: row.label,
		help: row.help,
		required: !!row.required,
		options: list(row.options),
		gridRows: list(row.grid_rows),
		allowOther: !!row.allow_other,
		scale:
			row.kind === 'scale'
				? {
						min: row.scale_min ?? 1,
						max: row.scale_max ?? 5,
						minLabel: row.scale_min_label,
						maxLabel: row.scale_max_label
					}
				: null,
		condition:
			row.condition_question_id && row.condition_value
				? { questionId: row.condition_question_id, value: row.condition_value }
				: null,
		resultsPublic: !!row.results_public
	};
}
