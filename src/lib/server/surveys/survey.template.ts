import type { QuestionInput } from './survey.schema.ts';

/*
 * The ready-made needs assessment "Was fehlt Familien in unserer Stadt?": which offers are
 * missing, for which age, in which district, and what keeps families from using what exists.
 * Coordinators adapt the districts and options to their town.
 */

interface TemplateQuestion {
	key: string;
	input: QuestionInput;
	condition?: { key: string; value: string };
}

function q(
	key: string,
	kind: QuestionInput['kind'],
	label: string,
	options: string[] = [],
	extra: Partial<QuestionInput> = {},
	condition?: TemplateQuestion['condition']
): TemplateQuestion {
	return {
		key,
		condition,
		input: {
			kind,
			label,
			help: '',
			section: '',
			required: false,
			options,
			gridRows: [],
			allowOther: false,
			scaleMin: 1,
			scaleMax: 5,
			scaleMinLabel: '',
			scaleMaxLabel: '',
			conditionQuestionId: '',
			conditionValue: '',
			resultsPublic: kind !== 'text',
			...extra
		}
	};
}

export const DISTRICTS = ['Altstadt', 'Nordviertel', 'Südfeld', 'Am Hafen', 'Westend'];
const AGES = [
	'unter 3 Jahre',
	'3 bis 6 Jahre',
	'6 bis 10 Jahre',
	'10 bis 14 Jahre',
	'14 bis 18 Jahre'
];
export const MISSING = [
	'Kinderbetreuung zu Randzeiten',
	'Ferienbetreuung',
	'Treffpunkte für Eltern',
	'Beratung in Erziehungsfragen',
	'Freizeitangebote für Jugendliche',
	'Unterstützung bei der Pflege von Angehörigen',
	'Angebote in anderen Sprachen'
];

export function needsAssessment(): {
	intro: string;
	thanks: string;
	questions: TemplateQuestion[];
} {
	return {
		intro:
			'Wir möchten wissen, was Familien in unserer Stadt brauchen und was ihnen fehlt. Die Umfrage dauert etwa fünf Minuten. Sie ist anonym: Wir fragen weder nach Ihrem Namen noch nach Ihrer Adresse.',
		thanks:
			'Herzlichen Dank! Ihre Antworten helfen uns, die richtigen Angebote für Familien auf den Weg zu bringen. Die Ergebnisse veröffentlichen wir hier, sobald die Umfrage beendet ist.',
		questions: [
			q('district', 'single', 'In welchem Stadtteil wohnen Sie?', DISTRICTS, {
				section: 'Über Ihre Familie',
				required: true,
				allowOther: true
			}),
			q('ages', 'multiple', 'Wie alt sind die Kinder in Ihrem Haushalt?', AGES, {
				help: 'Mehrere Antworten möglich.'
			}),
			q('care', 'single', 'Pflegen Sie einen Angehörigen?', ['Ja', 'Nein']),
			q(
				'careNeed',
				'text',
				'Welche Unterstützung würde Ihnen bei der Pflege am meisten helfen?',
				[],
				{},
				{ key: 'care', value: 'Ja' }
			),
			q('missing', 'multiple', 'Welche Angebote fehlen Ihnen in unserer Stadt?', MISSING, {
				section: 'Was fehlt',
				allowOther: true,
				help: 'Mehrere Antworten möglich.'
			}),
			q('priorities', 'ranking', 'Was sollte das Bündnis zuerst angehen?', [
				'Kinderbetreuung',
				'Freizeit und Ferien',
				'Beratung und Hilfe',
				'Vereinbarkeit von Familie und Beruf'
			]),
			q(
				'satisfaction',
				'grid',
				'Wie zufrieden sind Sie mit diesen Angeboten in Ihrem Stadtteil?',
				['zufrieden', 'teils, teils', 'unzufrieden', 'kenne ich nicht'],
				{ gridRows: ['Kitas', 'Spielplätze', 'Beratungsstellen', 'Sportvereine'] }
			),
			q(
				'barriers',
				'multiple',
				'Was hält Sie davon ab, vorhandene Angebote zu nutzen?',
				['Ich kenne sie nicht', 'Zu teuer', 'Zeiten passen nicht', 'Zu weit weg', 'Sprache'],
				{ section: 'Was Sie hindert', allowOther: true }
			),
			q('rating', 'scale', 'Wie familienfreundlich ist unsere Stadt insgesamt?', [], {
				scaleMin: 1,
				scaleMax: 5,
				scaleMinLabel: 'gar nicht',
				scaleMaxLabel: 'sehr'
			}),
			q('wish', 'text', 'Was wünschen Sie sich für Familien in unserer Stadt?', [], {
				help: 'Wir veröffentlichen Antworten erst, nachdem wir sie gelesen haben – ohne Namen.'
			})
		]
	};
}
