import { afterAll, beforeAll, expect } from 'vitest';
import { createTestContext, type TestContext } from '../../../../tests/support/context.ts';
import { createAlliance } from '../alliances/alliance.service.ts';
import { surveySettingsSchema } from './survey.schema.ts';
import { saveSurveySettings } from './survey-settings.service.ts';
import { surveyToAnswer } from './survey-answer.service.ts';
import type { SurveyWithQuestions } from './survey.types.ts';

/* Shared setup of the surveys' integration tests: two alliances and helpers to publish a
 * survey, build a form and open an answer token. */

export let ctx: TestContext;
export let a: string;
export let b: string;

export async function publish(allianceId: string, id: string, extra: Record<string, string> = {}) {
	const settings = surveySettingsSchema.parse({
		title: 'Bedarfsanalyse 2027',
		access: 'open',
		published: 'on',
		resultsPublic: 'on',
		...extra
	});
	await expect(saveSurveySettings(ctx, allianceId, null, id, settings)).resolves.toBeUndefined();
}

export function form(entries: [string, string][]): FormData {
	const data = new FormData();
	for (const [k, v] of entries) data.append(k, v);
	return data;
}

export const byKey = (survey: SurveyWithQuestions, label: RegExp) => {
	const q = survey.questions.find((x) => label.test(x.label));
	if (!q) throw new Error(`no question ${label}`);
	return q;
};

export async function openToken(allianceId: string, slug: string): Promise<string> {
	const found = await surveyToAnswer(ctx, allianceId, slug, null);
	if (found?.access.kind !== 'form') throw new Error(`not answerable: ${found?.access.kind}`);
	return found.access.token;
}

/** Registers the setup above in the calling test file. */
export function useSurveyFixture(): void {
	beforeAll(async () => {
		ctx = await createTestContext();
		a = (await createAlliance(ctx, { slug: 'a-stadt', name: 'Bündnis A' })).id;
		b = (await createAlliance(ctx, { slug: 'b-stadt', name: 'Bündnis B' })).id;
	});
	afterAll(async () => {
		await ctx.close();
	});
}
