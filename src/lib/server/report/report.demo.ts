import { createEvent } from '../events/core/create-event.service.ts';
import { type WriteCtx } from '../events/core/event.service.ts';
import type { EventInput, TargetGroup } from '../events/core/event.types.ts';
import { SYSTEM_ACTOR } from '../events/core/event.types.ts';
import { localToUtcIso } from '../events/core/time-zone.ts';
import { listSurveys } from '../surveys/survey-settings.service.ts';
import { ensureDefaultTopics } from '../topics/topic.service.ts';
import * as repo from './report.repository.ts';

interface PastEvent {
	title: string;
	date: string;
	from: string;
	to: string;
	topic: string;
	groups: TargetGroup[];
	partner?: string;
	cents?: number;
	rrule?: string;
}

/** Events of last year, so the demo report has something to count. */
function pastEvents(year: number): PastEvent[] {
	return [
		{
			title: 'Familienfest im Stadtpark',
			date: `${year}-06-14`,
			from: '11:00',
			to: '17:00',
			topic: 'familienzeit',
			groups: ['everyone']
		},
		{
			title: 'Elterncafé am Hafen',
			date: `${year}-02-05`,
			from: '09:30',
			to: '11:00',
			topic: 'teilhabe',
			groups: ['0-3', 'parents'],
			partner: 'Familienzentrum Am Hafen',
			rrule: 'FREQ=MONTHLY;COUNT=10'
		},
		{
			title: 'Infoabend Kita-Anmeldung',
			date: `${year}-01-22`,
			from: '19:00',
			to: '20:30',
			topic: 'kinderbetreuung',
			groups: ['parents'],
			partner: 'Stadt Musterstadt – Familienbüro'
		},
		{
			title: 'Ferienspiele im Waldkindergarten',
			date: `${year}-07-21`,
			from: '09:00',
			to: '15:00',
			topic: 'familienzeit',
			groups: ['3-6', '6-10'],
			partner: 'Waldkindergarten Eichhörnchen e. V.',
			cents: 1500,
			rrule: 'FREQ=DAILY;COUNT=5'
		},
		{
			title: 'Vortrag: Beruf und Familie vereinbaren',
			date: `${year}-10-08`,
			from: '18:30',
			to: '20:00',
			topic: 'vereinbarkeit',
			groups: ['parents'],
			partner: 'Caritasverband Musterstadt e. V.'
		},
		{
			title: 'Plenum des Bündnisses',
			date: `${year}-12-11`,
			from: '18:00',
			to: '20:30',
			topic: 'oeffentlichkeitsarbeit',
			groups: ['everyone']
		}
	];
}

/*
 * Last year's annual report of Musterstadt (fictional), published: the coordinators' texts
 * and the needs assessment's public results; the figures are counted from the demo data.
 */

export async function seedReportDemo(
	ctx: WriteCtx,
	allianceId: string,
	now = new Date()
): Promise<number> {
	const year = now.getUTCFullYear() - 1;
	const topics = new Map((await ensureDefaultTopics(ctx, allianceId)).map((t) => [t.slug, t.id]));
	const list = pastEvents(year);
	const partners = new Map(
		(
			await repo.findPartnerIdsByName(
				ctx.db,
				allianceId,
				list.flatMap((e) => (e.partner ? [e.partner] : []))
			)
		).map((p) => [p.name, p.id])
	);
	for (const e of list) {
		const input: EventInput = {
			title: e.title,
			summary: '',
			descriptionHtml: '',
			start: localToUtcIso(e.date, e.from)!,
			end: localToUtcIso(e.date, e.to)!,
			allDay: false,
			rrule: e.rrule ?? null,
			exdates: [],
			location: {
				placeName: 'Familienzentrum Am Hafen',
				address: 'Kaistraße 12, 12349 Musterstadt',
				district: 'Am Hafen',
				latitude: null,
				longitude: null,
				onlineUrl: ''
			},
			organiserPartnerId: (e.partner && partners.get(e.partner)) || null,
			organiserName: '',
			contact: { name: '', email: '', phone: '', websiteUrl: '' },
			topicIds: topics.has(e.topic) ? [topics.get(e.topic)!] : [],
			targetGroups: e.groups,
			cost: e.cents
				? { kind: 'amount', cents: e.cents, note: '' }
				: { kind: 'free', cents: null, note: '' },
			accessibility: '',
			languages: ['de'],
			image: null,
			attachmentIds: [],
			highlight: false
		};
		await createEvent(ctx, SYSTEM_ACTOR, allianceId, input, { status: 'published', now });
	}
	const surveys = await listSurveys(ctx, allianceId, now);
	const stamp = now.toISOString();
	await repo.upsertText(ctx.db, {
		alliance_id: allianceId,
		year,
		foreword:
			'Liebe Musterstädterinnen und Musterstädter,\n\nwieder liegt ein Jahr hinter uns, in dem viele Menschen gemeinsam etwas für Familien in unserer Stadt bewegt haben. Dafür danken wir allen Partnern, Ehrenamtlichen und der Stadtverwaltung von Herzen.\n\nIn diesem Bericht finden Sie, was wir zusammen erreicht haben – in Zahlen und in ein paar Geschichten.',
		highlights:
			'Das Familienfest im Stadtpark mit über 600 Gästen\nDer neue Elterntreff im Nordviertel\nUnsere Bedarfsanalyse: Fast 200 Familien haben uns gesagt, was ihnen fehlt',
		outlook:
			'Im kommenden Jahr wollen wir die Ferienbetreuung ausbauen und mehr Angebote in den Randzeiten schaffen. Wer mitmachen möchte, ist herzlich willkommen – sprechen Sie uns an!',
		photo_ids: '[]',
		survey_ids: JSON.stringify(
			surveys.filter((s) => s.published && s.resultsPublic).map((s) => s.id)
		),
		published: 1,
		created_at: stamp,
		updated_at: stamp
	});
	return year;
}
