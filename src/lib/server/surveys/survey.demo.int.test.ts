import { describe, expect, it } from 'vitest';
import { createAlliance } from '../alliances/alliance.service.ts';
import { publicResultsBySlug } from './survey-public.service.ts';
import { ctx, useSurveyFixture } from './survey.fixture.ts';

useSurveyFixture();

describe('demo surveys', () => {
	it('seed a finished needs assessment with published results and a running survey', async () => {
		const { seedSurveysDemo } = await import('./survey.demo.ts');
		const { listSurveys } = await import('./survey-settings.service.ts');
		const demo = (await createAlliance(ctx, { slug: 'demo-stadt', name: 'Demo' })).id;
		await seedSurveysDemo(ctx, demo);
		const list = await listSurveys(ctx, demo);
		expect(list.map((s) => [s.state, s.responses]).sort()).toEqual([
			['closed', 120],
			['open', 14]
		]);
		const finished = list.find((s) => s.state === 'closed')!;
		const pub = (await publicResultsBySlug(ctx, demo, finished.slug))!;
		expect(pub.responses).toBe(120);
		const texts = pub.results.find((r) => r.kind === 'text');
		expect(texts?.kind === 'text' && texts.texts.length).toBeGreaterThan(0);
	});
});
