/** Row types of surveys (migration 2026-12-06T1810-surveys). */

export type SurveyAccess = 'open' | 'invite';
export type QuestionKind = 'single' | 'multiple' | 'scale' | 'number' | 'text' | 'ranking' | 'grid';
export type Moderation = 'pending' | 'approved' | 'hidden';

export interface SurveyTable {
	id: string;
	alliance_id: string;
	slug: string;
	title: string;
	intro: string;
	thanks: string;
	access: SurveyAccess;
	opens_at: string | null;
	closes_at: string | null;
	published: number;
	results_public: number;
	results_intro: string;
	token_secret: string;
	created_at: string;
	updated_at: string;
}

export interface SurveyQuestionTable {
	id: string;
	alliance_id: string;
	survey_id: string;
	position: number;
	section: string;
	kind: QuestionKind;
	label: string;
	help: string;
	required: number;
	options: string;
	grid_rows: string;
	allow_other: number;
	scale_min: number | null;
	scale_max: number | null;
	scale_min_label: string;
	scale_max_label: string;
	condition_question_id: string | null;
	condition_value: string | null;
	results_public: number;
}

export interface SurveyInvitationTable {
	id: string;
	alliance_id: string;
	survey_id: string;
	token_hash: string;
	label: string;
	created_at: string;
	used_at: string | null;
}

interface SurveyTokenTable {
	token_hash: string;
	alliance_id: string;
	survey_id: string;
	issued_at: string;
	used_at: string | null;
}

interface SurveyResponseTable {
	id: string;
	alliance_id: string;
	survey_id: string;
	submitted_on: string;
}

export interface SurveyAnswerTable {
	id: string;
	alliance_id: string;
	survey_id: string;
	response_id: string;
	question_id: string;
	row_key: string | null;
	value: string;
	rank: number | null;
	text: string | null;
	moderation: Moderation | null;
}

export interface SurveyTables {
	survey: SurveyTable;
	survey_question: SurveyQuestionTable;
	survey_invitation: SurveyInvitationTable;
	survey_token: SurveyTokenTable;
	survey_response: SurveyResponseTable;
	survey_answer: SurveyAnswerTable;
}
