import type { ServiceContext } from '../context.ts';
import { findUserByEmail } from '../auth/member.repository.ts';
import { insertAnnouncement, insertFolder } from '../intern/intern.repository.ts';
import { projectSchema } from '../projects/project.schema.ts';
import { writeProject } from '../projects/project-edit.service.ts';
import { listTopics } from '../topics/topic.service.ts';
import { saveMeeting } from '../working-groups/meeting.service.ts';
import {
	meetingSchema,
	memberSchema,
	workingGroupSchema
} from '../working-groups/working-group.schema.ts';
import { addMember, writeGroup } from '../working-groups/working-group.service.ts';

/*
 * Demo working groups (with meetings and minutes), projects, announcements and library folders
 * of "Musterstadt". Fictional people and events; dates are relative to the day of seeding.
 */

const DAY = 86_400_000;

function localDay(offsetDays: number, now: Date): string {
	return new Date(now.getTime() + offsetDays * DAY).toISOString().slice(0, 10);
}

const GROUPS = [
	{
		name: 'Familie und Pflege',
		topic: 'vereinbarkeit',
		summary:
			'Wie lassen sich Beruf, Kinder und die Pflege von Angehörigen unter einen Hut bringen?',
		description:
			'Wir sammeln Angebote für pflegende Angehörige, sprechen mit Betrieben über flexible Arbeitszeiten und organisieren einmal im Jahr den Pflegetag.\n\nWir treffen uns etwa alle sechs Wochen am Abend im Familienzentrum Am Hafen.',
		contactName: 'Tobias Brandt',
		contactEmail: 'pflege@musterstadt.example',
		members: [
			{ name: 'Tobias Brandt', email: 'tobias.brandt@caritas-musterstadt.example', role: 'lead' },
			{ account: 'partner@musterstadt.example', role: 'member' },
			{ name: 'Monika Seidel', email: 'monika.seidel@pflegedienst-hand.example', role: 'member' }
		],
		past: {
			title: 'Rückblick Pflegetag',
			agenda:
				'1. Rückblick auf den Pflegetag\n2. Sprechstunde „Pflege und Beruf“ in Betrieben\n3. Verschiedenes',
			minutes:
				'Anwesend: T. Brandt, A. Demir, M. Seidel\n\n1. Der Pflegetag hatte rund 90 Besucherinnen und Besucher. Die Kinderbetreuung während der Vorträge kam sehr gut an und soll bleiben.\n2. Die Stadtwerke und das Hafenkontor bieten ab dem Frühjahr je eine Sprechstunde im Betrieb an. Frau Seidel übernimmt die ersten Termine.\n3. Nächstes Treffen: siehe Einladung.'
		},
		next: {
			title: 'Planung Pflegelotsen',
			agenda:
				'1. Stand Pflegelotsen in Betrieben\n2. Flyer „Erste Schritte, wenn Eltern Pflege brauchen“\n3. Termine für das nächste Halbjahr'
		}
	},
	{
		name: 'Familienzeit und Familientag',
		topic: 'familienzeit',
		summary: 'Wir planen den Familientag am Hafen und weitere Aktionen für gemeinsame Zeit.',
		description:
			'Der Familientag ist unser größtes Fest: mit Spielstationen, Bühne, Essen und vielen Partnern. Außerdem sammeln wir kostenlose Ausflugsideen für Familien.',
		contactName: 'Aylin Demir',
		contactEmail: 'familientag@musterstadt.example',
		members: [
			{ account: 'partner@musterstadt.example', role: 'lead' },
			{ name: 'Klaus Herberger', email: 'k.herberger@tus-eichenau.example', role: 'member' },
			{ name: 'Julia Marquardt', email: 'j.marquardt@stadtbibliothek.example', role: 'member' },
			{ name: 'Elke Sander', email: '', role: 'member' }
		],
		past: {
			title: 'Auftakt Familientag',
			agenda: '1. Termin und Ort\n2. Aufgabenverteilung\n3. Sponsoren',
			minutes:
				'1. Der Familientag findet am ersten Samstag im Juni am Hafenbecken statt.\n2. Der TuS übernimmt die Spielstationen, die Bibliothek ein Lesezelt, das Familienzentrum die Anmeldung der Stände.\n3. Die Sparkasse und die Stadtwerke haben ihre Unterstützung zugesagt.'
		},
		next: {
			title: 'Stände und Programm',
			agenda: '1. Rückmeldungen der Partner\n2. Bühnenprogramm\n3. Barrierefreiheit und Ruheraum'
		}
	},
	{
		name: 'Öffentlichkeitsarbeit',
		topic: 'oeffentlichkeitsarbeit',
		summary: 'Wir machen das Bündnis und die Angebote für Familien bekannt.',
		description:
			'Presse, Internetseite, Flyer und der monatliche Familienkalender im Musterstädter Anzeiger: Hier laufen die Fäden zusammen.',
		contactName: 'Ulrike Franke',
		contactEmail: 'presse@musterstadt.example',
		members: [
			{ name: 'Ulrike Franke', email: 'u.franke@anzeiger-musterstadt.example', role: 'lead' },
			{ name: 'Jonas Fuhrmann', email: 'mail@jonas-fuhrmann.example', role: 'member' },
			{ account: 'koordination@musterstadt.example', role: 'member' }
		],
		past: {
			title: 'Redaktionsplan Herbst',
			agenda: '1. Themen für den Familienkalender\n2. Fotos vom Familientag\n3. Neue Internetseite',
			minutes:
				'1. Schwerpunkte im Herbst: Laternenumzüge und Angebote in den Herbstferien.\n2. Herr Fuhrmann stellt eine Auswahl von Fotos bereit; veröffentlicht werden nur Bilder mit Einverständnis.\n3. Alle Partner pflegen ihr Profil ab sofort selbst – Frau Sommer verschickt die Einladungen.'
		},
		next: {
			title: 'Jahresbericht vorbereiten',
			agenda: '1. Gliederung des Jahresberichts\n2. Zahlen und Fotos\n3. Verteilung beim Plenum'
		}
	}
] as const;

export async function seedPartnerWorkDemo(
	ctx: Pick<ServiceContext, 'db'>,
	allianceId: string,
	partners: Record<string, string>,
	now = new Date()
): Promise<void> {
	const existing = await ctx.db
		.selectFrom('working_group')
		.select('id')
		.where('alliance_id', '=', allianceId)
		.limit(1)
		.execute();
	if (existing.length) return;
	const topics = await listTopics(ctx, allianceId);
	const topicId = (slug: string) => topics.find((t) => t.slug === slug)?.id ?? '';
	const groupIds: Record<string, string> = {};

	for (const [index, g] of GROUPS.entries()) {
		const { id } = await writeGroup(
			ctx,
			allianceId,
			null,
			workingGroupSchema.parse({
				name: g.name,
				summary: g.summary,
				description: g.description,
				contactName: g.contactName,
				contactEmail: g.contactEmail,
				topicId: topicId(g.topic),
				position: String(index)
			})
		);
		groupIds[g.name] = id;
		for (const m of g.members) {
			let userId = '';
			if ('account' in m) {
				userId = (await findUserByEmail(ctx.db, m.account))?.id ?? '';
				if (!userId) continue;
			}
			await addMember(
				ctx,
				null,
				allianceId,
				id,
				memberSchema.parse({
					userId,
					name: 'name' in m ? m.name : '',
					email: 'email' in m ? m.email : '',
					role: m.role
				})
			);
		}
		const pastDay = localDay(-21 - index * 7, now);
		const nextDay = localDay(9 + index * 5, now);
		await saveMeeting(
			ctx,
			null,
			allianceId,
			id,
			null,
			meetingSchema.parse({
				title: g.past.title,
				start: `${pastDay}T18:00`,
				end: `${pastDay}T19:30`,
				place: 'Familienzentrum Am Hafen, Kaistraße 12, Raum 2',
				agenda: g.past.agenda,
				minutes: g.past.minutes
			})
		);
		await saveMeeting(
			ctx,
			null,
			allianceId,
			id,
			null,
			meetingSchema.parse({
				title: g.next.title,
				start: `${nextDay}T18:00`,
				end: `${nextDay}T19:30`,
				place: 'Familienzentrum Am Hafen, Kaistraße 12, Raum 2',
				agenda: g.next.agenda,
				minutes: ''
			})
		);
	}

	const teamDay = localDay(6, now);
	await saveMeeting(
		ctx,
		null,
		allianceId,
		null,
		null,
		meetingSchema.parse({
			title: 'Sitzung des Koordinierungsteams',
			start: `${teamDay}T16:00`,
			end: `${teamDay}T17:30`,
			place: 'Rathaus, Zimmer 112',
			agenda:
				'1. Vorbereitung des Plenums\n2. Neue Bewerbungen als Bündnispartner\n3. Haushalt des Fördervereins',
			minutes: ''
		})
	);

	const pick = (...names: string[]) =>
		names.map((n) => partners[n]).filter((x): x is string => !!x);
	const PROJECTS = [
		{
			title: 'Familientag am Hafen',
			status: 'completed',
			startsOn: localDay(-200, now),
			endsOn: localDay(-120, now),
			group: 'Familienzeit und Familientag',
			topic: 'familienzeit',
			summary: 'Ein Fest für alle Familien der Stadt – mit über 30 Ständen und freiem Eintritt.',
			description:
				'Einen Tag lang verwandelt sich das Hafenbecken in einen großen Spielplatz. Partner des Bündnisses stellen sich vor, Kinder toben an Spielstationen, auf der Bühne treten Kita- und Schulgruppen auf.',
			goals: 'Familien aus allen Stadtteilen zusammenbringen und zeigen, was das Bündnis leistet.',
			results:
				'Rund 2.500 Gäste, 34 Stände, 60 Ehrenamtliche. Die Idee eines „Familienpasses“ mit Stempeln an den Ständen wird übernommen.',
			partners: pick(
				'Familienzentrum Am Hafen',
				'Stadtwerke Musterstadt GmbH',
				'TuS Eichenau 1908 e. V.',
				'Bäckerei Krumme',
				'Musterstädter Sparkasse'
			),
			goodPractice: 'on'
		},
		{
			title: 'Pflegelotsen in Betrieben',
			status: 'running',
			startsOn: localDay(-90, now),
			endsOn: '',
			group: 'Familie und Pflege',
			topic: 'vereinbarkeit',
			summary:
				'Beschäftigte werden zu ersten Ansprechpersonen für Kolleginnen und Kollegen, die Angehörige pflegen.',
			description:
				'In einer kurzen Schulung lernen Beschäftigte, wohin sich pflegende Kolleginnen und Kollegen wenden können. Die Pflegeberatung der Caritas begleitet sie.',
			goals:
				'In fünf Betrieben gibt es bis Jahresende ausgebildete Pflegelotsinnen und Pflegelotsen.',
			results: '',
			partners: pick(
				'Caritasverband Musterstadt e. V.',
				'Pflegedienst Hand in Hand',
				'Stadtwerke Musterstadt GmbH',
				'Hafenkontor Logistik GmbH'
			),
			goodPractice: ''
		},
		{
			title: 'Familienwegweiser Musterstadt',
			status: 'running',
			startsOn: localDay(-300, now),
			endsOn: '',
			group: 'Öffentlichkeitsarbeit',
			topic: 'teilhabe',
			summary:
				'Alle Angebote für Familien auf einen Blick – gedruckt und im Netz, in fünf Sprachen.',
			description:
				'Der Wegweiser bündelt Beratungsstellen, Kitas, Freizeitangebote und Hilfen in Notlagen. Die Frühen Hilfen überreichen ihn bei jedem Begrüßungsbesuch.',
			goals: 'Jede Familie findet schnell die passende Anlaufstelle.',
			results:
				'Die erste Auflage mit 5.000 Heften ist vergriffen; die zweite erscheint auch auf Türkisch, Arabisch, Ukrainisch und Englisch.',
			partners: pick(
				'Stadt Musterstadt – Familienbüro',
				'Jugendamt der Stadt Musterstadt',
				'Musterstädter Anzeiger'
			),
			goodPractice: ''
		},
		{
			title: 'Randzeitenbetreuung für Schichtarbeitende',
			status: 'planned',
			startsOn: localDay(60, now),
			endsOn: '',
			group: 'Familie und Pflege',
			topic: 'kinderbetreuung',
			summary: 'Betreuung am frühen Morgen und am Abend für Kinder von Eltern im Schichtdienst.',
			description:
				'Kitas und Kindertagespflege schließen gemeinsam die Lücken am Rand des Tages. Betriebe mit Schichtarbeit beteiligen sich an den Kosten.',
			goals: 'Ein verlässliches Angebot von 5:30 bis 21:00 Uhr in zwei Stadtteilen.',
			results: '',
			partners: pick(
				'Kita Sonnenblume',
				'Kindertagespflege-Netz Musterstadt',
				'Hafenkontor Logistik GmbH'
			),
			goodPractice: ''
		}
	];
	for (const p of PROJECTS) {
		await writeProject(
			ctx,
			allianceId,
			null,
			projectSchema.parse({
				title: p.title,
				summary: p.summary,
				description: p.description,
				goals: p.goals,
				results: p.results,
				status: p.status,
				startsOn: p.startsOn,
				endsOn: p.endsOn,
				workingGroupId: groupIds[p.group] ?? '',
				topicId: topicId(p.topic),
				partners: p.partners,
				goodPractice: p.goodPractice || undefined,
				published: 'on'
			})
		);
	}

	const coordinator = await findUserByEmail(ctx.db, 'koordination@musterstadt.example');
	const announcements = [
		{
			title: 'Einladung zum Plenum im Dezember',
			body: 'Liebe Bündnispartnerinnen und Bündnispartner,\nunser jährliches Plenum findet wieder im Ratssaal statt. Wir blicken auf das Jahr zurück und planen gemeinsam das nächste. Die Einladung mit Tagesordnung folgt.',
			pinned: 1,
			offset: -3
		},
		{
			title: 'Profile selbst pflegen',
			body: 'Ab sofort können Sie das Profil Ihrer Organisation selbst bearbeiten. Melden Sie sich an und wählen Sie „Profil bearbeiten“. Bei Fragen hilft das Familienbüro.',
			pinned: 0,
			offset: -12
		}
	];
	for (const a of announcements) {
		await insertAnnouncement(ctx.db, {
			id: crypto.randomUUID(),
			alliance_id: allianceId,
			title: a.title,
			body: a.body,
			pinned: a.pinned,
			created_by: coordinator?.id ?? null,
			created_at: new Date(now.getTime() + a.offset * DAY).toISOString()
		});
	}
	for (const [position, name] of ['Protokolle', 'Vorlagen und Logos', 'Plenum'].entries()) {
		await insertFolder(ctx.db, {
			id: crypto.randomUUID(),
			alliance_id: allianceId,
			parent_id: null,
			name,
			position,
			created_at: now.toISOString()
		});
	}
}
