import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getAlliance } from '../../src/lib/server/alliances/alliance.service.ts';
import type { Alliance } from '../../src/lib/server/alliances/alliance.types.ts';
import type { App } from '../../src/lib/server/app.ts';
import {
	createSurvey,
	getSurvey,
	saveSurveySettings
} from '../../src/lib/server/surveys/survey-settings.service.ts';
import { addQuestion } from '../../src/lib/server/surveys/survey-questions.service.ts';
import {
	questionSchema,
	surveySettingsSchema
} from '../../src/lib/server/surveys/survey.schema.ts';
import { makeAlliance } from '../factories/accounts.ts';
import {
	outcome,
	requestEvent,
	startAppForRoutes,
	type RouteLocals
} from '../support/app-for-routes.ts';
import type { TestContext } from '../support/context.ts';
import * as surveyPage from '../../src/routes/umfragen/[slug]/+page.server.ts';

/*
 * The open form of a survey: one answer per browser without tracking. After the answer the
 * browser keeps a cookie that says only "answered"; the form is not shown again and a second
 * answer from that browser is refused, although a reload brings a fresh one-time token.
 */

let app: App;
let close: () => Promise<void>;
let alliance: Alliance;
const base = 'http://localhost:5999';
const locals: () => RouteLocals = () => ({ alliance, prefix: '', locale: 'de', viewer: null });

/** A browser's cookies for this site, as SvelteKit's `cookies` hands them to a route. */
function browser() {
	const jar = new Map<
		string,
		{ value: string; path: string; maxAge?: number; httpOnly?: boolean }
	>();
	return {
		jar,
		cookies: {
			get: (name: string) => jar.get(name)?.value,
			set: (
				name: string,
				value: string,
				options: { path: string; maxAge?: number; httpOnly?: boolean }
			) => jar.set(name, { value, ...options }),
			delete: (name: string) => jar.delete(name),
			getAll: () => [...jar].map(([name, c]) => ({ name, value: c.value }))
		}
	};
}

let slug = '';
let questionId = '';

beforeAll(async () => {
	({ app, close } = await startAppForRoutes());
	alliance = (await getAlliance(app, (await makeAlliance(app as unknown as TestContext)).id))!;
	const id = await createSurvey(app, alliance.id, null, {
		title: 'Ferienbetreuung',
		template: 'blank'
	});
	questionId = await addQuestion(
		app,
		alliance.id,
		null,
		id,
		questionSchema.parse({ kind: 'text', label: 'Was brauchen Sie in den Ferien?' })
	);
	await saveSurveySettings(
		app,
		alliance.id,
		null,
		id,
		surveySettingsSchema.parse({ title: 'Ferienbetreuung', access: 'open', published: 'on' })
	);
	slug = (await getSurvey(app, alliance.id, id))!.slug;
});
afterAll(async () => close());

async function open(b: ReturnType<typeof browser>) {
	const event = {
		...requestEvent({ url: `${base}/umfragen/${slug}`, locals: locals(), params: { slug } }),
		cookies: b.cookies
	};
	return (await surveyPage.load(event as never)) as { access: string; token: string | null };
}

async function answer(b: ReturnType<typeof browser>, token: string, text: string) {
	const event = {
		...requestEvent({
			url: `${base}/umfragen/${slug}`,
			locals: locals(),
			params: { slug },
			form: { token, [`q-${questionId}`]: text }
		}),
		cookies: b.cookies
	};
	return outcome(() => surveyPage.actions.default!(event as never));
}

describe('one answer per browser on the open form', () => {
	it('remembers "answered" in a cookie without an identifier and refuses the second answer', async () => {
		const mother = browser();
		const page = await open(mother);
		expect(page.access).toBe('form');
		const first = await answer(mother, page.token!, 'Betreuung bis 16 Uhr');
		expect(first.value).toMatchObject({ done: true });
		const cookie = mother.jar.get(`umfrage-${slug}`)!;
		expect(cookie).toMatchObject({ value: '1', path: `/umfragen/${slug}`, httpOnly: true });
		expect(cookie.maxAge).toBeGreaterThan(300 * 86_400);

		// Back to the page: no form, a thank-you instead.
		expect((await open(mother)).access).toBe('answered');
		// A token kept from another page view does not help either.
		const father = browser();
		const fresh = await open(father);
		const again = await answer(mother, fresh.token!, 'Noch einmal');
		expect((again.value as { status: number }).status).toBe(409);
		// Another browser answers as before.
		expect((await answer(father, fresh.token!, 'Ferienfreizeit')).value).toMatchObject({
			done: true
		});

		// Two answers in all: the mother's first and the father's.
		const answers = await app.db
			.selectFrom('survey_answer')
			.select('id')
			.where('question_id', '=', questionId)
			.execute();
		expect(answers).toHaveLength(2);
	});
});
