import type { ServiceContext } from '../context.ts';
import { surveyResults } from './survey-results.service.ts';
import { moderateText } from './survey-moderation.service.ts';
import { submitResponse, surveyToAnswer } from './survey-answer.service.ts';
import { createSurvey, getSurvey, saveSurveySettings } from './survey-settings.service.ts';
import { addQuestion, saveQuestion } from './survey-questions.service.ts';
import { questionSchema, surveySettingsSchema } from './survey.schema.ts';
import { OTHER, type Question } from './survey.types.ts';

/*
 * Demo surveys of Musterstadt: last year's needs assessment, finished, with 120 answers and
 * published results; and a running short survey on holiday care. Answers are made by a fixed
 * pseudo-random sequence, so every demo looks the same.
 */

type Ctx = Pick<ServiceContext, 'db' | 'registry'>;

function random(seed: number) {
	let state = seed;
	return () => {
		state = (state * 1103515245 + 12345) % 2147483648;
		return state / 2147483648;
	};
}

const WISHES = [
	'Mehr Betreuungsplätze für unter Dreijährige im Südfeld.',
	'Ein Familiencafé am Samstagvormittag wäre schön.',
	'Günstigere Ferienangebote für Geschwisterkinder.',
	'Beratung auch abends, wenn beide Eltern arbeiten.',
	'Mehr Spielplätze mit Schatten.',
	'Informationen in einfacher Sprache und auf Türkisch.'
];

const day = (date: Date) => date.toISOString().slice(0, 10);
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);

async function answerMany(
	ctx: Ctx,
	allianceId: string,
	slug: string,
	questions: Question[],
	count: number,
	at: Date,
	seed: number
) {
	const next = random(seed);
	const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
	for (let i = 0; i < count; i++) {
		const found = await surveyToAnswer(ctx, allianceId, slug, null, at);
		if (found?.access.kind !== 'form') return;
		const form = new FormData();
		form.set('token', found.access.token);
		const chosen = new Map<string, string[]>();
		for (const q of questions) {
			const field = `q-${q.id}`;
			if (q.condition && !(chosen.get(q.condition.questionId) ?? []).includes(q.condition.value)) {
				continue;
			}
			if (q.kind === 'single') {
				// Skewed: the first options are chosen more often, like real towns.
				const option = q.options[Math.floor(next() ** 1.4 * q.options.length)]!;
				chosen.set(q.id, [option]);
				form.append(field, option);
			} else if (q.kind === 'multiple') {
				const options = q.options.filter(() => next() < 0.35);
				if (options.length === 0) options.push(pick(q.options));
				chosen.set(q.id, options);
				for (const o of options) form.append(field, o);
				if (q.allowOther && next() < 0.05) {
					form.append(field, OTHER);
					form.set(`${field}-other`, 'Hausaufgabenhilfe');
				}
			} else if (q.kind === 'ranking') {
				const order = [...q.options.keys()].sort(() => next() - 0.5);
				order.forEach((optionIndex, place) =>
					form.set(`${field}-rank-${optionIndex}`, String(place + 1))
				);
			} else if (q.kind === 'grid') {
				q.gridRows.forEach((_, r) => form.set(`${field}-row-${r}`, pick(q.options)));
			} else if (q.kind === 'scale' && q.scale) {
				form.set(field, String(Math.min(q.scale.max, q.scale.min + Math.floor(next() * 3) + 1)));
			} else if (q.kind === 'number') {
				form.set(field, String(1 + Math.floor(next() * 3)));
			} else if (q.kind === 'text' && next() < 0.12) {
				form.set(field, pick(WISHES));
			}
		}
		await submitResponse(ctx, allianceId, slug, form, at);
	}
}

export async function seedSurveysDemo(
	ctx: Ctx,
	allianceId: string,
	now = new Date()
): Promise<void> {
	// Last year's needs assessment, finished, results published.
	const needsId = await createSurvey(ctx, allianceId, null, {
		title: 'Bedarfsanalyse: Was fehlt Familien in Musterstadt?',
		template: 'needs'
	});
	const opens = addDays(now, -300);
	await saveSurveySettings(
		ctx,
		allianceId,
		null,
		needsId,
		surveySettingsSchema.parse({
			title: 'Bedarfsanalyse: Was fehlt Familien in Musterstadt?',
			access: 'open',
			opensOn: day(opens),
			closesOn: day(addDays(opens, 56)),
			published: 'on',
			resultsPublic: 'on',
			resultsIntro:
				'Im Frühjahr haben 120 Familien unsere Bedarfsanalyse beantwortet. Danke! Die Ergebnisse haben wir im Plenum besprochen: Ferienbetreuung und Betreuung zu Randzeiten stehen nun ganz oben auf unserer Liste.'
		})
	);
	const needs = (await getSurvey(ctx, allianceId, needsId))!;
	await answerMany(ctx, allianceId, needs.slug, needs.questions, 120, addDays(opens, 10), 20260301);
	// The closing wish question is shown with the answers the coordinators approved.
	const wish = needs.questions.find((q) => q.kind === 'text' && q.condition === null)!;
	await saveQuestion(
		ctx,
		allianceId,
		null,
		needsId,
		wish.id,
		questionSchema.parse({ kind: 'text', label: wish.label, help: wish.help, resultsPublic: 'on' })
	);
	const results = await surveyResults(ctx, allianceId, needsId);
	const texts = results?.results.find((r) => r.question.id === wish.id);
	if (texts?.kind === 'text') {
		for (const [i, text] of texts.texts.entries()) {
			await moderateText(
				ctx,
				allianceId,
				null,
				needsId,
				text.id,
				i % 4 === 3 ? 'hidden' : 'approved'
			);
		}
	}

	// Running now: a short survey about holiday care.
	const holidayId = await createSurvey(ctx, allianceId, null, {
		title: 'Ferienbetreuung 2027: Was brauchen Sie?',
		template: 'blank'
	});
	await saveSurveySettings(
		ctx,
		allianceId,
		null,
		holidayId,
		surveySettingsSchema.parse({
			title: 'Ferienbetreuung 2027: Was brauchen Sie?',
			intro:
				'Wir planen mit unseren Partnern die Ferienbetreuung für 2027. Sagen Sie uns in zwei Minuten, in welchen Ferien Sie Betreuung brauchen und für wie viele Kinder.',
			thanks: 'Danke! Wir melden uns im Frühjahr mit dem Ferienprogramm.',
			access: 'open',
			opensOn: day(addDays(now, -10)),
			closesOn: day(addDays(now, 40)),
			published: 'on'
		})
	);
	const question = (input: Record<string, string>) =>
		addQuestion(ctx, allianceId, null, holidayId, questionSchema.parse(input));
	await question({
		kind: 'multiple',
		label: 'In welchen Ferien brauchen Sie Betreuung?',
		options: ['Winterferien', 'Osterferien', 'Sommerferien', 'Herbstferien'].join('\n'),
		required: 'on',
		resultsPublic: 'on'
	});
	await question({ kind: 'number', label: 'Für wie viele Kinder?', resultsPublic: 'on' });
	await question({
		kind: 'single',
		label: 'Wie lange am Tag?',
		options: ['bis 13 Uhr', 'bis 15 Uhr', 'bis 17 Uhr'].join('\n'),
		resultsPublic: 'on'
	});
	await question({ kind: 'text', label: 'Was ist Ihnen sonst noch wichtig?' });
	const holiday = (await getSurvey(ctx, allianceId, holidayId))!;
	await answerMany(
		ctx,
		allianceId,
		holiday.slug,
		holiday.questions,
		14,
		addDays(now, -5),
		20261201
	);
}
