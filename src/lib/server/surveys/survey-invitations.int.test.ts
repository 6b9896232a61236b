import { describe, expect, it } from 'vitest';
import { surveySettingsSchema, questionSchema } from './survey.schema.ts';
import { createSurvey, getSurvey } from './survey-settings.service.ts';
import { addQuestion, moveQuestion } from './survey-questions.service.ts';
import { createInvitations } from './survey-invitations.service.ts';
import { submitResponse, surveyToAnswer } from './survey-answer.service.ts';
import { a, byKey, ctx, form, publish, useSurveyFixture } from './survey.fixture.ts';

useSurveyFixture();

describe('invitation links', () => {
	it('answer once each; an invite-only survey refuses the open link', async () => {
		const id = await createSurvey(ctx, a, null, {
			title: 'Elternbefragung Kitas',
			template: 'blank'
		});
		const added = await addQuestion(
			ctx,
			a,
			null,
			id,
			questionSchema.parse({
				kind: 'scale',
				label: 'Wie zufrieden sind Sie mit den Öffnungszeiten?',
				required: 'on',
				scaleMin: '1',
				scaleMax: '5'
			})
		);
		await publish(a, id, { title: 'Elternbefragung Kitas', access: 'invite' });
		const survey = (await getSurvey(ctx, a, id))!;
		expect((await surveyToAnswer(ctx, a, survey.slug, null))!.access.kind).toBe('inviteOnly');
		const links = await createInvitations(
			ctx,
			a,
			null,
			id,
			['Kita Sonnenschein', 'Kita Regenbogen'],
			2
		);
		expect(links).toHaveLength(4);
		const first = links[0]!.token;
		const access = (await surveyToAnswer(ctx, a, survey.slug, first))!.access;
		if (access.kind !== 'form') throw new Error(access.kind);
		const answer = form([
			['token', access.token],
			[`q-${added}`, '4']
		]);
		expect(await submitResponse(ctx, a, survey.slug, answer)).toMatchObject({ ok: true });
		expect((await surveyToAnswer(ctx, a, survey.slug, first))!.access.kind).toBe('usedInvite');
		expect(await submitResponse(ctx, a, survey.slug, answer)).toMatchObject({ status: 409 });
		expect((await surveyToAnswer(ctx, a, survey.slug, 'erfunden'))!.access.kind).toBe(
			'unknownInvite'
		);
		// A signed open-link token of another survey does not open this one.
		expect(
			await submitResponse(
				ctx,
				a,
				survey.slug,
				form([
					['token', 'o.x.y'],
					[`q-${added}`, '4']
				])
			)
		).toMatchObject({ ok: false, status: 400 });
	});

	it('closes at the end of its closing day', async () => {
		const id = await createSurvey(ctx, a, null, {
			title: 'Kurzumfrage Sommerferien',
			template: 'blank'
		});
		await publish(a, id, {
			title: 'Kurzumfrage Sommerferien',
			opensOn: '2026-06-01',
			closesOn: '2026-06-30'
		});
		const survey = (await getSurvey(ctx, a, id))!;
		expect(
			(await surveyToAnswer(ctx, a, survey.slug, null, new Date('2026-06-30T20:00:00Z')))!.access
				.kind
		).toBe('form');
		expect(
			(await surveyToAnswer(ctx, a, survey.slug, null, new Date('2026-07-01T08:00:00Z')))!.access
				.kind
		).toBe('closed');
		expect(
			(await surveyToAnswer(ctx, a, survey.slug, null, new Date('2026-05-31T08:00:00Z')))!.access
				.kind
		).toBe('scheduled');
		expect(
			surveySettingsSchema.safeParse({ title: 'X-Umfrage', access: 'open', closesOn: '2027-02-30' })
				.success
		).toBe(false);
		expect(
			surveySettingsSchema.safeParse({
				title: 'X-Umfrage',
				access: 'open',
				opensOn: '2027-03-02',
				closesOn: '2027-03-01'
			}).success
		).toBe(false);
	});

	it('keeps a condition behind its question when moving', async () => {
		const id = await createSurvey(ctx, a, null, { title: 'Pflege-Umfrage', template: 'needs' });
		const survey = (await getSurvey(ctx, a, id))!;
		const careNeed = byKey(survey, /Unterstützung .* Pflege/);
		await expect(moveQuestion(ctx, a, null, id, careNeed.id, 'up')).rejects.toMatchObject({
			code: 'INVALID',
			key: 'surveys.error.moveCondition'
		});
	});
});
