import type { ServiceContext } from '../context.ts';
import { toQuestion } from './survey.map.ts';
import * as repo from './survey.repository.ts';
import type { Question } from './survey.types.ts';

type Ctx = Pick<ServiceContext, 'db'>;

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
