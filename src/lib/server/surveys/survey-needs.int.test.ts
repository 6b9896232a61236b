import { describe, expect, it } from 'vitest';
import { surveySettingsSchema, questionSchema } from './survey.schema.ts';
import { createSurvey, getSurvey, saveSurveySettings } from './survey-settings.service.ts';
import { addQuestion } from './survey-questions.service.ts';
import { submitResponse, surveyToAnswer } from './survey-answer.service.ts';
import { surveyResults } from './survey-results.service.ts';
import { crossTabulate } from './survey-cross-tab.service.ts';
import { resultsCsv } from './survey-csv.service.ts';
import { moderateText } from './survey-moderation.service.ts';
import { publicResultsBySlug } from './survey-public.service.ts';
import { DISTRICTS, MISSING } from './survey.template.ts';
import { OTHER, type SurveyWithQuestions } from './survey.types.ts';
import { a, b, byKey, ctx, form, openToken, publish, useSurveyFixture } from './survey.fixture.ts';

useSurveyFixture();

describe('needs assessment', () => {
	let survey: SurveyWithQuestions;
	const expected = { districts: new Map<string, number>(), missing: new Map<string, number>() };

	it('is created from the template as a draft nobody can answer yet', async () => {
		const id = await createSurvey(ctx, a, null, {
			title: 'Bedarfsanalyse 2027',
			template: 'needs'
		});
		survey = (await getSurvey(ctx, a, id))!;
		expect(survey.state).toBe('draft');
		expect(survey.questions.map((q) => q.kind)).toEqual([
			'single',
			'multiple',
			'single',
			'text',
			'multiple',
			'ranking',
			'grid',
			'multiple',
			'scale',
			'text'
		]);
		expect(byKey(survey, /Unterstützung .* Pflege/).condition).toMatchObject({ value: 'Ja' });
		expect(await surveyToAnswer(ctx, a, survey.slug, null)).toBeUndefined();
		await publish(a, id);
		survey = (await getSurvey(ctx, a, id))!;
		expect(survey.state).toBe('open');
	});

	it('is answered 30 times and its results match the answers', async () => {
		const district = byKey(survey, /Stadtteil/);
		const missing = byKey(survey, /Angebote fehlen/);
		const care = byKey(survey, /Pflegen Sie/);
		const careNeed = byKey(survey, /Unterstützung .* Pflege/);
		const priorities = byKey(survey, /zuerst/);
		const grid = byKey(survey, /zufrieden/);
		const rating = byKey(survey, /familienfreundlich/);
		const wish = byKey(survey, /wünschen/);
		for (let i = 0; i < 30; i++) {
			const d = DISTRICTS[i % DISTRICTS.length]!;
			const m = [...new Set([MISSING[i % 3]!, MISSING[(i + 4) % MISSING.length]!])];
			expected.districts.set(d, (expected.districts.get(d) ?? 0) + 1);
			for (const x of m) expected.missing.set(x, (expected.missing.get(x) ?? 0) + 1);
			const entries: [string, string][] = [
				['token', await openToken(a, survey.slug)],
				[`q-${district.id}`, d],
				...m.map((x) => [`q-${missing.id}`, x] as [string, string]),
				[`q-${care.id}`, i % 5 === 0 ? 'Ja' : 'Nein'],
				// Answered although hidden for "Nein": must not be stored then.
				[`q-${careNeed.id}`, `Entlastung am Wochenende ${i}`],
				...priorities.options.map(
					(_, n) => [`q-${priorities.id}-rank-${n}`, String(((n + i) % 4) + 1)] as [string, string]
				),
				[`q-${grid.id}-row-0`, 'zufrieden'],
				[`q-${rating.id}`, String((i % 5) + 1)],
				[`q-${wish.id}`, i === 0 ? 'Mehr Bänke am Spielplatz' : '']
			];
			const result = await submitResponse(ctx, a, survey.slug, form(entries));
			expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
		}
		const results = (await surveyResults(ctx, a, survey.id))!;
		expect(results.responses).toBe(30);
		const districtResult = results.results.find((r) => r.question.id === district.id)!;
		if (districtResult.kind !== 'choice') throw new Error('choice expected');
		for (const bar of districtResult.bars) {
			expect(bar.count, bar.label).toBe(expected.districts.get(bar.label) ?? 0);
		}
		expect(districtResult.bars.reduce((s, bar) => s + bar.percent, 0)).toBeCloseTo(100, 0);
		const missingResult = results.results.find((r) => r.question.id === missing.id)!;
		if (missingResult.kind !== 'choice') throw new Error('choice expected');
		for (const bar of missingResult.bars) {
			expect(bar.count, bar.label).toBe(expected.missing.get(bar.label) ?? 0);
		}
		const careNeedResult = results.results.find((r) => r.question.id === careNeed.id)!;
		// Only the six who care for a relative were asked.
		expect(careNeedResult.answered).toBe(6);
		const ratingResult = results.results.find((r) => r.question.id === rating.id)!;
		if (ratingResult.kind !== 'scale') throw new Error('scale expected');
		expect(ratingResult.mean).toBe(3);
		expect(ratingResult.bars.map((x) => x.count)).toEqual([6, 6, 6, 6, 6]);
		const ranking = results.results.find((r) => r.question.id === priorities.id)!;
		if (ranking.kind !== 'ranking') throw new Error('ranking expected');
		expect(ranking.ranks.reduce((s, r) => s + r.firsts, 0)).toBe(30);
	});

	it('filters and cross-tabulates: missing offers by district', async () => {
		const district = byKey(survey, /Stadtteil/);
		const missing = byKey(survey, /Angebote fehlen/);
		const south = (await surveyResults(ctx, a, survey.id, {
			filter: { questionId: district.id, value: 'Südfeld' }
		}))!;
		expect(south.responses).toBe(expected.districts.get('Südfeld'));
		const table = (await crossTabulate(ctx, a, survey.id, missing.id, district.id))!;
		const col = table.cols.indexOf('Südfeld');
		const row = table.rows.indexOf(MISSING[0]!);
		const southResult = south.results.find((r) => r.question.id === missing.id)!;
		if (southResult.kind !== 'choice') throw new Error('choice expected');
		expect(table.counts[row]![col]).toBe(
			southResult.bars.find((x) => x.label === MISSING[0])!.count
		);
		expect(table.rowTotals[row]).toBe(expected.missing.get(MISSING[0]!));
	});

	it('refuses a second answer with the same one-time token, and forged tokens', async () => {
		const district = byKey(survey, /Stadtteil/);
		const token = await openToken(a, survey.slug);
		const entries: [string, string][] = [
			['token', token],
			[`q-${district.id}`, 'Altstadt']
		];
		expect(await submitResponse(ctx, a, survey.slug, form(entries))).toMatchObject({ ok: true });
		expect(await submitResponse(ctx, a, survey.slug, form(entries))).toMatchObject({
			ok: false,
			status: 409,
			key: 'surveys.alreadyAnswered'
		});
		const forged = token.slice(0, -3) + 'abc';
		expect(
			await submitResponse(
				ctx,
				a,
				survey.slug,
				form([
					['token', forged],
					[`q-${district.id}`, 'Altstadt']
				])
			)
		).toMatchObject({ ok: false, status: 400 });
		expect((await surveyResults(ctx, a, survey.id))!.responses).toBe(31);
	});

	it('shows a clear error and stores nothing for bad answers', async () => {
		const district = byKey(survey, /Stadtteil/);
		const missing = byKey(survey, /Angebote fehlen/);
		const priorities = byKey(survey, /zuerst/);
		const token = await openToken(a, survey.slug);
		const bad = await submitResponse(
			ctx,
			a,
			survey.slug,
			form([
				['token', token],
				[`q-${missing.id}`, 'Ein Angebot, das es nicht gibt'],
				[`q-${priorities.id}-rank-0`, '1'],
				[`q-${priorities.id}-rank-1`, '1']
			])
		);
		expect(bad).toMatchObject({ ok: false, status: 400 });
		if (bad.ok || !('errors' in bad)) throw new Error('errors expected');
		expect(bad.errors[`q-${district.id}`]).toEqual({ key: 'surveys.error.required' });
		expect(bad.errors[`q-${missing.id}`]).toEqual({ key: 'error.invalid' });
		expect(bad.errors[`q-${priorities.id}`]?.key).toBe('surveys.error.ranking');
		const other = await submitResponse(
			ctx,
			a,
			survey.slug,
			form([
				['token', token],
				[`q-${district.id}`, OTHER]
			])
		);
		expect(other).toMatchObject({
			ok: false,
			errors: { [`q-${district.id}-other`]: { key: 'surveys.error.otherText' } }
		});
		// The token was not used up by the failed tries.
		expect(
			await submitResponse(
				ctx,
				a,
				survey.slug,
				form([
					['token', token],
					[`q-${district.id}`, OTHER],
					[`q-${district.id}-other`, 'Ortsteil Heide']
				])
			)
		).toMatchObject({ ok: true });
		expect((await surveyResults(ctx, a, survey.id))!.responses).toBe(32);
	});

	it('publishes only chosen questions and approved free texts', async () => {
		const wish = byKey(survey, /wünschen/);
		let pub = (await publicResultsBySlug(ctx, a, survey.slug))!;
		expect(pub.results.some((r) => r.question.id === wish.id)).toBe(false);
		const admin = (await surveyResults(ctx, a, survey.id))!;
		const texts = admin.results.find((r) => r.question.id === wish.id)!;
		if (texts.kind !== 'text') throw new Error('text expected');
		expect(texts.texts).toEqual([
			{ id: expect.any(String), text: 'Mehr Bänke am Spielplatz', moderation: 'pending' }
		]);
		await addQuestion(
			ctx,
			a,
			null,
			survey.id,
			questionSchema.parse({ kind: 'text', label: 'Noch etwas?' })
		);
		// Make the wish question public and approve the text.
		const { saveQuestion } = await import('./survey-questions.service.ts');
		await saveQuestion(
			ctx,
			a,
			null,
			survey.id,
			wish.id,
			questionSchema.parse({ kind: 'text', label: wish.label, resultsPublic: 'on' })
		);
		pub = (await publicResultsBySlug(ctx, a, survey.slug))!;
		const publicTexts = pub.results.find((r) => r.question.id === wish.id)!;
		if (publicTexts.kind !== 'text') throw new Error('text expected');
		expect(publicTexts.texts).toEqual([]);
		expect(await moderateText(ctx, a, null, survey.id, texts.texts[0]!.id, 'approved')).toBe(true);
		pub = (await publicResultsBySlug(ctx, a, survey.slug))!;
		const approved = pub.results.find((r) => r.question.id === wish.id)!;
		if (approved.kind !== 'text') throw new Error('text expected');
		expect(approved.texts.map((t) => t.text)).toEqual(['Mehr Bänke am Spielplatz']);
	});

	it('exports one CSV row per response, safe for Excel', async () => {
		const csv = (await resultsCsv(ctx, a, survey.id, {
			response: 'Nr.',
			date: 'Datum',
			other: 'Sonstiges'
		}))!;
		const lines = csv
			.replace(/^\uFEFF/, '')
			.trim()
			.split('\r\n');
		expect(lines).toHaveLength(33);
		expect(lines[0]).toContain('In welchem Stadtteil wohnen Sie?');
		expect(csv).toContain('Sonstiges: Ortsteil Heide');
	});

	it('belongs to its alliance only', async () => {
		expect(await getSurvey(ctx, b, survey.id)).toBeUndefined();
		expect(await surveyResults(ctx, b, survey.id)).toBeUndefined();
		expect(await surveyToAnswer(ctx, b, survey.slug, null)).toBeUndefined();
		expect(await moderateText(ctx, b, null, survey.id, 'x', 'approved')).toBe(false);
		await expect(
			saveSurveySettings(
				ctx,
				b,
				null,
				survey.id,
				surveySettingsSchema.parse({ title: 'Übernommen', access: 'open' })
			)
		).rejects.toMatchObject({ code: 'NOT_FOUND', status: 404 });
		expect((await getSurvey(ctx, a, survey.id))!.title).toBe('Bedarfsanalyse 2027');
	});
});
