import type { Moderation, QuestionKind, SurveyAccess } from './survey.table.ts';

export type { Moderation, QuestionKind, SurveyAccess };

export interface Question {
	id: string;
	position: number;
	section: string;
	kind: QuestionKind;
	label: string;
	help: string;
	required: boolean;
	options: string[];
	gridRows: string[];
	allowOther: boolean;
	scale: { min: number; max: number; minLabel: string; maxLabel: string } | null;
	/** Shown only when the answer to that question includes this option */
	condition: { questionId: string; value: string } | null;
	resultsPublic: boolean;
}

export type SurveyState = 'draft' | 'scheduled' | 'open' | 'closed';

export interface Survey {
	id: string;
	slug: string;
	title: string;
	intro: string;
	thanks: string;
	access: SurveyAccess;
	opensAt: string | null;
	closesAt: string | null;
	published: boolean;
	resultsPublic: boolean;
	resultsIntro: string;
	state: SurveyState;
	createdAt: string;
}

export interface SurveyWithQuestions extends Survey {
	questions: Question[];
}

/** The value an "other" choice is stored under. */
export const OTHER = '__other__';
