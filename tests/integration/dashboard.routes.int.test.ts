import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getAlliance } from '../../src/lib/server/alliances/alliance.service.ts';
import type { Alliance } from '../../src/lib/server/alliances/alliance.types.ts';
import type { App } from '../../src/lib/server/app.ts';
import type { Viewer } from '../../src/lib/server/auth/viewer.ts';
import {
	submitResponse,
	surveyToAnswer
} from '../../src/lib/server/surveys/survey-answer.service.ts';
import {
	createSurvey,
	getSurvey,
	saveSurveySettings
} from '../../src/lib/server/surveys/survey-settings.service.ts';
import { addQuestion } from '../../src/lib/server/surveys/survey-questions.service.ts';
import { moderateText } from '../../src/lib/server/surveys/survey-moderation.service.ts';
import { surveyResults } from '../../src/lib/server/surveys/survey-results.service.ts';
import {
	questionSchema,
	surveySettingsSchema
} from '../../src/lib/server/surveys/survey.schema.ts';
import { makeAlliance, makePerson } from '../factories/accounts.ts';
import { requestEvent, startAppForRoutes, type RouteLocals } from '../support/app-for-routes.ts';
import type { TestContext } from '../support/context.ts';
import * as dashboardPage from '../../src/routes/admin/+page.server.ts';

/* The coordinators' dashboard shows what waits: here the surveys' free texts to moderate. */

let app: App;
let close: () => Promise<void>;
let a: Alliance;
let b: Alliance;
let coordinator: Viewer;
let editor: Viewer;
let coordinatorB: Viewer;
const base = 'http://localhost:5999';
const locals = (alliance: Alliance, viewer: Viewer): RouteLocals => ({
	alliance,
	prefix: '',
	locale: 'de',
	viewer
});

beforeAll(async () => {
	({ app, close } = await startAppForRoutes());
	const ctx = app as unknown as TestContext;
	a = (await getAlliance(app, (await makeAlliance(ctx)).id))!;
	b = (await getAlliance(app, (await makeAlliance(ctx)).id))!;
	const person = async (alliance: Alliance, role: 'coordinator' | 'editor'): Promise<Viewer> => {
		const p = await makePerson(ctx, { alliance, role });
		return { userId: p.userId, name: p.name, email: p.email, platformAdmin: false, role };
	};
	coordinator = await person(a, 'coordinator');
	editor = await person(a, 'editor');
	coordinatorB = await person(b, 'coordinator');
});
afterAll(async () => close());

interface DashboardData {
	pendingSurveyTexts: { count: number; surveyId: string | null } | null;
}

async function dashboard(alliance: Alliance, viewer: Viewer): Promise<DashboardData> {
	const event = requestEvent({ url: `${base}/admin`, locals: locals(alliance, viewer) });
	return (await dashboardPage.load(event as never)) as unknown as DashboardData;
}

/** A published survey with one free-text question, answered `times` times. */
async function answeredSurvey(alliance: Alliance, title: string, times: number) {
	const id = await createSurvey(app, alliance.id, null, { title, template: 'blank' });
	const questionId = await addQuestion(
		app,
		alliance.id,
		null,
		id,
		questionSchema.parse({ kind: 'text', label: 'Was wünschen Sie sich?' })
	);
	const settings = surveySettingsSchema.parse({ title, access: 'open', published: 'on' });
	await saveSurveySettings(app, alliance.id, null, id, settings);
	const { slug } = (await getSurvey(app, alliance.id, id))!;
	for (let i = 0; i < times; i++) {
		const found = await surveyToAnswer(app, alliance.id, slug, null);
		if (found?.access.kind !== 'form') throw new Error(`not answerable: ${found?.access.kind}`);
		const data = new FormData();
		data.append('token', found.access.token);
		data.append(`q-${questionId}`, `Mehr Bänke am Spielplatz ${i}`);
		const result = await submitResponse(app, alliance.id, slug, data);
		expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
	}
	return id;
}

describe('dashboard: survey free texts waiting for moderation', () => {
	it('counts this alliance’s waiting free texts for coordinators and links to the survey with the most', async () => {
		expect((await dashboard(a, coordinator)).pendingSurveyTexts).toEqual({
			count: 0,
			surveyId: null
		});
		const few = await answeredSurvey(a, 'Ferienbetreuung', 1);
		const many = await answeredSurvey(a, 'Spielplätze', 2);

		expect((await dashboard(a, coordinator)).pendingSurveyTexts).toEqual({
			count: 3,
			surveyId: many
		});
		expect((await dashboard(a, editor)).pendingSurveyTexts).toBeNull();
		expect((await dashboard(b, coordinatorB)).pendingSurveyTexts).toEqual({
			count: 0,
			surveyId: null
		});

		// A moderated text no longer waits.
		const results = (await surveyResults(app, a.id, few))!;
		const texts = results.results[0]!;
		if (texts.kind !== 'text') throw new Error('text expected');
		expect(await moderateText(app, a.id, null, few, texts.texts[0]!.id, 'approved')).toBe(true);
		expect((await dashboard(a, coordinator)).pendingSurveyTexts).toEqual({
			count: 2,
			surveyId: many
		});
	});
});
