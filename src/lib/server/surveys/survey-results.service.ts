import type { ServiceContext } from '../context.ts';
import { toQuestion, toSurvey } from './survey.map.ts';
import * as repo from './survey.repository.ts';
import { OTHER, type Moderation, type Question, type Survey } from './survey.types.ts';

/*
 * Results of a survey: counts per option, scale and number statistics, rankings, grids, free
 * texts with their moderation state, a filter ("only families from Südfeld"). Cross-tabulation,
 * CSV, moderation and the public pages have their own services (survey-cross-tab, survey-csv,
 * survey-moderation, survey-public). The public page shows only the questions the coordinators
 * chose and approved texts.
 */

type Ctx = Pick<ServiceContext, 'db'>;

interface Bar {
	label: string;
	count: number;
	/** Share of the people who answered the question, 0–100 */
	percent: number;
}

interface FreeText {
	id: string;
	text: string;
	moderation: Moderation;
}

export type QuestionResult = { question: Question; answered: number } & (
	| { kind: 'choice'; bars: Bar[]; other: FreeText[] }
	| { kind: 'scale'; bars: Bar[]; mean: number | null }
	| {
			kind: 'number';
			mean: number | null;
			median: number | null;
			min: number | null;
			max: number | null;
	  }
	| { kind: 'text'; texts: FreeText[] }
	| { kind: 'ranking'; ranks: { label: string; meanRank: number; firsts: number }[] }
	| { kind: 'grid'; columns: string[]; rows: { label: string; bars: Bar[] }[] }
);

export interface SurveyResults {
	survey: Survey;
	questions: Question[];
	/** Responses counted (after the filter) */
	responses: number;
	total: number;
	results: QuestionResult[];
}

export interface ResultOptions {
	/** Only responses whose answer to this question includes this option */
	filter?: { questionId: string; value: string } | null;
	/** The public view: chosen questions, approved texts only */
	publicOnly?: boolean;
	now?: Date;
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const percent = (count: number, of: number) => (of ? Math.round((count / of) * 1000) / 10 : 0);

export async function surveyResults(
	ctx: Ctx,
	allianceId: string,
	surveyId: string,
	options: ResultOptions = {}
): Promise<SurveyResults | undefined> {
	const row = await repo.findSurveyById(ctx.db, allianceId, surveyId);
	if (!row) return undefined;
	const survey = toSurvey(row, options.now ?? new Date());
	const questions = (await repo.findQuestions(ctx.db, allianceId, surveyId)).map(toQuestion);
	const answers = await repo.findAnswers(ctx.db, allianceId, surveyId);
	const allResponses = new Set(
		(await repo.findResponses(ctx.db, allianceId, surveyId)).map((r) => r.id)
	);
	let counted = allResponses;
	const filter = options.filter;
	if (filter && questions.some((q) => q.id === filter.questionId)) {
		counted = new Set(
			answers
				.filter((a) => a.question_id === filter.questionId && a.value === filter.value)
				.map((a) => a.response_id)
		);
	}
	const shown = options.publicOnly ? questions.filter((q) => q.resultsPublic) : questions;
	const results = shown.map((question) => {
		const mine = answers.filter((a) => a.question_id === question.id && counted.has(a.response_id));
		const answered = new Set(mine.map((a) => a.response_id)).size;
		const texts = (list: typeof mine): FreeText[] =>
			list
				.filter((a) => a.text && (!options.publicOnly || a.moderation === 'approved'))
				.map((a) => ({ id: a.id, text: a.text!, moderation: a.moderation ?? 'pending' }));
		switch (question.kind) {
			case 'single':
			case 'multiple': {
				const labels = [...question.options, ...(question.allowOther ? [OTHER] : [])];
				const bars = labels.map((label) => {
					const count = mine.filter((a) => a.value === label).length;
					return { label, count, percent: percent(count, answered) };
				});
				return {
					question,
					answered,
					kind: 'choice' as const,
					bars,
					other: texts(mine.filter((a) => a.value === OTHER))
				};
			}
			case 'scale': {
				const { min, max } = question.scale!;
				const numbers = mine.map((a) => Number(a.value));
				const bars: Bar[] = [];
				for (let v = min; v <= max; v++) {
					const count = numbers.filter((n) => n === v).length;
					bars.push({ label: String(v), count, percent: percent(count, answered) });
				}
				const mean = numbers.length
					? round1(numbers.reduce((s, n) => s + n, 0) / numbers.length)
					: null;
				return { question, answered, kind: 'scale' as const, bars, mean };
			}
			case 'number': {
				const numbers = mine.map((a) => Number(a.value)).sort((x, y) => x - y);
				const n = numbers.length;
				return {
					question,
					answered,
					kind: 'number' as const,
					mean: n ? round1(numbers.reduce((s, x) => s + x, 0) / n) : null,
					median: n
						? n % 2
							? numbers[(n - 1) / 2]!
							: round1((numbers[n / 2 - 1]! + numbers[n / 2]!) / 2)
						: null,
					min: n ? numbers[0]! : null,
					max: n ? numbers[n - 1]! : null
				};
			}
			case 'text':
				return { question, answered, kind: 'text' as const, texts: texts(mine) };
			case 'ranking': {
				const ranks = question.options
					.map((label) => {
						const places = mine.filter((a) => a.value === label && a.rank).map((a) => a.rank!);
						return {
							label,
							meanRank: places.length
								? round1(places.reduce((s, p) => s + p, 0) / places.length)
								: 0,
							firsts: places.filter((p) => p === 1).length
						};
					})
					.sort((x, y) => x.meanRank - y.meanRank);
				return { question, answered, kind: 'ranking' as const, ranks };
			}
			case 'grid':
				return {
					question,
					answered,
					kind: 'grid' as const,
					columns: question.options,
					rows: question.gridRows.map((label) => {
						const inRow = mine.filter((a) => a.row_key === label);
						return {
							label,
							bars: question.options.map((option) => {
								const count = inRow.filter((a) => a.value === option).length;
								return { label: option, count, percent: percent(count, inRow.length) };
							})
						};
					})
				};
		}
	});
	return { survey, questions, responses: counted.size, total: allResponses.size, results };
}

/** How many people have answered. */
export function countResponses(ctx: Ctx, allianceId: string, surveyId: string): Promise<number> {
	return repo.countResponses(ctx.db, allianceId, surveyId);
}
