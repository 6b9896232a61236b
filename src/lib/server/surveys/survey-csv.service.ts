import type { ServiceContext } from '../context.ts';
import { toCsv } from '../events/registration/csv.ts';
import { toQuestion } from './survey.map.ts';
import * as repo from './survey.repository.ts';
import { OTHER } from './survey.types.ts';

type Ctx = Pick<ServiceContext, 'db'>;

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
