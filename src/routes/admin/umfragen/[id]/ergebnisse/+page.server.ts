import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireCoordinator } from '#lib/server/auth/permissions.ts';
import { AppError } from '#lib/server/app-error.ts';
import { formAction } from '#lib/server/http/action.ts';
import { surveyResults } from '#lib/server/surveys/survey-results.service.ts';
import { crossTabulate } from '#lib/server/surveys/survey-cross-tab.service.ts';
import { moderateText } from '#lib/server/surveys/survey-moderation.service.ts';

/** Results for the coordinators: ?frage=&antwort= filters, ?zeilen=&spalten= cross-tabulates. */
export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { alliance } = requireCoordinator(locals, url);
	const q = url.searchParams;
	const filter =
		q.get('frage') && q.get('antwort')
			? { questionId: q.get('frage')!, value: q.get('antwort')! }
			: null;
	const results = await surveyResults(getApp(), alliance.id, params.id, { filter });
	if (!results) error(404, 'error.notFound');
	const rows = q.get('zeilen');
	const cols = q.get('spalten');
	const cross =
		rows && cols ? await crossTabulate(getApp(), alliance.id, params.id, rows, cols) : undefined;
	const choice = results.questions
		.filter((x) => x.kind === 'single' || x.kind === 'multiple')
		.map((x) => ({ id: x.id, label: x.label, options: x.options }));
	return {
		survey: { id: results.survey.id, title: results.survey.title, slug: results.survey.slug },
		responses: results.responses,
		total: results.total,
		results: results.results,
		filter: filter && {
			...filter,
			label: results.questions.find((x) => x.id === filter.questionId)?.label ?? ''
		},
		choice,
		cross: cross
			? {
					rowsLabel: cross.rowQuestion.label,
					colsLabel: cross.colQuestion.label,
					rows: cross.rows,
					cols: cross.cols,
					counts: cross.counts,
					rowTotals: cross.rowTotals
				}
			: null,
		crossRows: rows ?? '',
		crossCols: cols ?? ''
	};
};

export const actions: Actions = {
	moderate: async ({ locals, url, request, params }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		return formAction(request, async ({ form }) => {
			const decision = form.get('decision') === 'approved' ? 'approved' : 'hidden';
			const answerId = String(form.get('answerId') ?? '');
			const done = await moderateText(
				getApp(),
				alliance.id,
				viewer.userId,
				params.id,
				answerId,
				decision
			);
			if (!done) throw new AppError('NOT_FOUND', 'error.notFound');
			return { ok: true, success: 'common.saved' };
		});
	}
};
