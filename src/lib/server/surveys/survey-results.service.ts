import { contentChanged } from '../alliances/content-changed.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { ServiceContext } from '../context.ts';
import { toCsv } from '../events/registration/csv.ts';
import { toQuestion, toSurvey } from './survey.map.ts';
import * as repo from './survey.repository.ts';
import { OTHER, type Moderation, type Question, type Survey } from './survey.types.ts';

/*
 * Results of a survey: counts per option, scale and number statistics, rankings, grids, free
 * texts with their moderation, a filter ("only families from Südfeld"), cross-tabulation and CSV.
 * The public page shows only the questions the coordinators chose and approved texts.
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

export interface CrossTab {
	rowQuestion: Question;
	colQuestion: Question;
	rows: string[];
	cols: string[];
	/** counts[row][col]: responses that chose both */
	counts: number[][];
	rowTotals: number[];
}

/** How the answers to one choice question split along another (e.g. missing offers by district). */
export async function crossTabulate(
	ctx: Ctx,
	allianceId: string,
	surveyId: string,
	rowQuestionId: string,
	colQuestionId: string
): Promise<CrossTab | undefined> {
	const questions = (await repo.findQuestions(ctx.db, allianceId, surveyId)).map(toQuestion);
	const rowQuestion = questions.find((q) => q.id === rowQuestionId);
	const colQuestion = questions.find((q) => q.id === colQuestionId);
	const choice = (q?: Question) => !!q && (q.kind === 'single' || q.kind === 'multiple');
	if (!choice(rowQuestion) || !choice(colQuestion) || rowQuestionId === colQuestionId)
		return undefined;
	const answers = await repo.findAnswers(ctx.db, allianceId, surveyId);
	const chosen = (questionId: string) => {
		const map = new Map<string, Set<string>>();
		for (const a of answers) {
			if (a.question_id !== questionId) continue;
			const set = map.get(a.response_id) ?? new Set<string>();
			set.add(a.value);
			map.set(a.response_id, set);
		}
		return map;
	};
	const byRow = chosen(rowQuestionId);
	const byCol = chosen(colQuestionId);
	const rows = rowQuestion!.options;
	const cols = colQuestion!.options;
	const counts = rows.map((r) =>
		cols.map((c) => {
			let n = 0;
			for (const [response, values] of byRow) if (values.has(r) && byCol.get(response)?.has(c)) n++;
			return n;
		})
	);
	const rowTotals = rows.map((r) => [...byRow.values()].filter((v) => v.has(r)).length);
	return { rowQuestion: rowQuestion!, colQuestion: colQuestion!, rows, cols, counts, rowTotals };
}

/** One row per response, one column per question (grid: per row). */
export async function resultsCsv(
	ctx: Ctx,
	allianceId: string,
	surveyId: string,
	labels: { response: string; date: string; other: string }
): Promise<string | undefined> {
	const row = await repo.findSurveyById(ctx.db, allianceId, surveyId);
	if (!row) return undefined;
	const questions = (await repo.findQuestions(ctx.db, allianceId, surveyId)).map(toQuestion);
	const responses = await repo.findResponses(ctx.db, allianceId, surveyId);
	const answers = await repo.findAnswers(ctx.db, allianceId, surveyId);
	const byResponse = new Map<string, typeof answers>();
	for (const a of answers) {
		const list = byResponse.get(a.response_id) ?? [];
		list.push(a);
		byResponse.set(a.response_id, list);
	}
	const header: string[] = [labels.response, labels.date];
	for (const q of questions) {
		if (q.kind === 'grid') for (const r of q.gridRows) header.push(`${q.label} – ${r}`);
		else header.push(q.label);
	}
	const lines: (string | number)[][] = [header];
	responses.forEach((response, index) => {
		const mine = byResponse.get(response.id) ?? [];
		const line: (string | number)[] = [index + 1, response.submitted_on];
		for (const q of questions) {
			const of = mine.filter((a) => a.question_id === q.id);
			if (q.kind === 'grid') {
				for (const r of q.gridRows) line.push(of.find((a) => a.row_key === r)?.value ?? '');
			} else if (q.kind === 'ranking') {
				line.push(
					[...of]
						.sort((x, y) => (x.rank ?? 0) - (y.rank ?? 0))
						.map((a) => a.value)
						.join(' > ')
				);
			} else if (q.kind === 'text') {
				line.push(of[0]?.text ?? '');
			} else {
				line.push(
					of
						.map((a) => (a.value === OTHER ? `${labels.other}: ${a.text ?? ''}` : a.value))
						.join('; ')
				);
			}
		}
		lines.push(line);
	});
	return toCsv(lines);
}

/** Approves or hides a free-text answer (only approved ones appear on the public page). */
export async function moderateText(
	ctx: Pick<ServiceContext, 'db' | 'registry'>,
	allianceId: string,
	userId: string | null,
	surveyId: string,
	answerId: string,
	moderation: 'approved' | 'hidden'
): Promise<boolean> {
	const done = await repo.setModeration(ctx.db, allianceId, surveyId, answerId, moderation);
	if (!done) return false;
	await recordAudit(ctx, {
		allianceId,
		userId,
		action: moderation === 'approved' ? 'approve' : 'hide',
		entity: 'survey_answer',
		entityId: answerId
	});
	await contentChanged(ctx, allianceId);
	return true;
}

/** Published surveys: open ones to answer, and those whose results are public. */
export async function publicSurveys(ctx: Ctx, allianceId: string, now = new Date()) {
	const rows = await repo.findSurveys(ctx.db, allianceId);
	const surveys = rows.filter((r) => r.published).map((r) => toSurvey(r, now));
	return {
		open: surveys.filter((s) => s.state === 'open' && s.access === 'open'),
		results: surveys.filter((s) => s.resultsPublic)
	};
}

/** A survey by its address for its public results page (only when the results are public). */
export async function publicResultsBySlug(
	ctx: Ctx,
	allianceId: string,
	slug: string,
	now = new Date()
) {
	const row = await repo.findSurveyBySlug(ctx.db, allianceId, slug);
	if (!row || !row.published || !row.results_public) return undefined;
	return surveyResults(ctx, allianceId, row.id, { publicOnly: true, now });
}

/** How many people have answered. */
export function countResponses(ctx: Ctx, allianceId: string, surveyId: string): Promise<number> {
	return repo.countResponses(ctx.db, allianceId, surveyId);
}

/**
 * Free texts waiting for moderation in all surveys, for the dashboard, and the survey with the
 * most of them (whose results page is where they are moderated).
 */
export async function pendingTextCount(
	ctx: Ctx,
	allianceId: string
): Promise<{ count: number; surveyId: string | null }> {
	const perSurvey = await repo.countPendingTexts(ctx.db, allianceId);
	return {
		count: perSurvey.reduce((sum, s) => sum + s.count, 0),
		surveyId: perSurvey[0]?.surveyId ?? null
	};
}
