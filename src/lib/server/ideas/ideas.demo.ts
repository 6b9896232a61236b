import type { DB } from '../db/db.ts';
import type { IdeaModeration, IdeaStatus } from './idea.table.ts';
import * as repo from './idea.repository.ts';

/*
 * Demo ideas of Musterstadt: ten public ideas covering every status (the realised one linked
 * to a demo project), two waiting for approval and one not published. Names are fictional;
 * support counts are set directly (the demo has no supporters' addresses).
 */

interface DemoIdea {
	title: string;
	body: string;
	topic?: string;
	author?: string;
	status: IdeaStatus;
	moderation?: IdeaModeration;
	response?: string;
	supports: number;
	daysAgo: number;
	project?: boolean;
}

const IDEAS: DemoIdea[] = [
	{
		title: 'Wickeltische in allen öffentlichen Gebäuden',
		body: 'Im Rathaus und in der Stadtbibliothek gibt es keinen Wickeltisch. Mit Baby ist ein längerer Behördengang dadurch kaum möglich.',
		topic: 'Familienzeit',
		author: 'Lena M.',
		status: 'realised',
		response:
			'Seit dem Frühjahr haben Rathaus, Stadtbibliothek und Bürgerbüro je einen Wickeltisch – danke für den Anstoß!',
		supports: 48,
		daysAgo: 300,
		project: true
	},
	{
		title: 'Ferienbetreuung auch in den Herbstferien',
		body: 'In den Sommerferien gibt es gute Angebote, in den Herbstferien fast nichts. Berufstätige Eltern stehen dann vor einem Problem.',
		topic: 'Kinderbetreuung',
		status: 'planned',
		response:
			'Zusammen mit zwei Sportvereinen planen wir für die nächsten Herbstferien eine Woche Betreuung mit 40 Plätzen.',
		supports: 61,
		daysAgo: 120
	},
	{
		title: 'Ein Familienpass mit Rabatten',
		body: 'Andere Städte haben einen Familienpass für Schwimmbad, Zoo und Museum. So etwas wünsche ich mir auch für Musterstadt.',
		author: 'Familie Demir',
		status: 'examining',
		response: 'Wir sprechen gerade mit der Stadtverwaltung über Kosten und Partner.',
		supports: 37,
		daysAgo: 60
	},
	{
		title: 'Spielplatz am Hafen beschatten',
		body: 'Im Sommer ist der Spielplatz am Hafen mittags zu heiß. Sonnensegel oder Bäume würden helfen.',
		status: 'examining',
		supports: 22,
		daysAgo: 40
	},
	{
		title: 'Stillräume in der Innenstadt',
		body: 'Ein ruhiger Ort zum Stillen fehlt in der Innenstadt. Vielleicht können Geschäfte mitmachen („Stillfreundliches Geschäft“)?',
		topic: 'Familienzeit',
		status: 'planned',
		response:
			'Mehrere Geschäfte haben zugesagt; im Frühjahr starten wir mit Aufklebern an der Tür.',
		supports: 19,
		daysAgo: 90
	},
	{
		title: 'Elterncafé am Samstagvormittag',
		body: 'Viele Angebote sind werktags. Für Väter und Mütter, die unter der Woche arbeiten, wäre ein Treffpunkt am Samstag schön.',
		status: 'new',
		supports: 8,
		daysAgo: 5
	},
	{
		title: 'Pflege-Sprechstunde am Abend',
		body: 'Wer Angehörige pflegt und arbeitet, schafft die Beratung tagsüber nicht. Eine Abendsprechstunde im Monat würde helfen.',
		topic: 'Familie, Beruf und Pflege',
		status: 'new',
		supports: 14,
		daysAgo: 10
	},
	{
		title: 'Kostenloser Busverkehr für Kinder',
		body: 'Kinder sollten in Musterstadt kostenlos Bus fahren dürfen, damit sie selbstständig zu Sport und Musikschule kommen.',
		status: 'not_possible',
		response:
			'Das entscheidet der Verkehrsverbund für den ganzen Kreis, nicht das Bündnis. Wir haben Ihren Vorschlag dorthin weitergegeben und unterstützen ihn im Kreistag.',
		supports: 53,
		daysAgo: 200
	},
	{
		title: 'Eine Familien-App mit Push-Nachrichten',
		body: 'Eine eigene App für alle Angebote des Bündnisses.',
		status: 'not_possible',
		response:
			'Eine eigene App können wir nicht pflegen. Alle Termine gibt es aber als Kalender-Abo und RSS – so kommen sie auch aufs Handy.',
		supports: 4,
		daysAgo: 150
	},
	{
		title: 'Leihbörse für Kinderausstattung',
		body: 'Kinderwagen, Autositze und Skianzüge werden nur kurz gebraucht. Eine Leihbörse spart Geld und Platz.',
		author: 'Tobias R.',
		status: 'new',
		supports: 11,
		daysAgo: 2
	},
	{
		title: 'Hausaufgabenhilfe in der Stadtteilbibliothek',
		body: 'Ehrenamtliche könnten nachmittags in der Bibliothek bei Hausaufgaben helfen.',
		status: 'new',
		moderation: 'pending',
		supports: 0,
		daysAgo: 1
	},
	{
		title: 'Mehr Sitzbänke auf dem Weg zur Kita',
		body: 'Für Großeltern, die Enkel abholen, ist der Weg lang. Ein paar Bänke wären schön.',
		status: 'new',
		moderation: 'pending',
		supports: 0,
		daysAgo: 1
	},
	{
		title: 'Werbung für meinen Laden',
		body: 'Besuchen Sie unseren Laden in der Hauptstraße!',
		status: 'new',
		moderation: 'rejected',
		supports: 0,
		daysAgo: 20
	}
];

export async function seedIdeasDemo(db: DB, allianceId: string, now = new Date()): Promise<void> {
	const topics = await repo.findTopics(db, allianceId);
	const projects = await repo.findProjects(db, allianceId);
	const iso = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();
	for (const idea of IDEAS) {
		const moderation = idea.moderation ?? 'published';
		const topic = idea.topic ? topics.find((t) => t.name.includes(idea.topic!)) : undefined;
		await repo.insertIdea(db, {
			id: crypto.randomUUID(),
			alliance_id: allianceId,
			title: idea.title,
			body: idea.body,
			topic_id: topic?.id ?? null,
			author_name: idea.author ?? '',
			email: '',
			locale: 'de',
			moderation,
			status: idea.status,
			response: idea.response ?? '',
			project_id: idea.project ? (projects[0]?.id ?? null) : null,
			confirm_token: null,
			support_count: idea.supports,
			created_at: iso(idea.daysAgo),
			updated_at: iso(Math.max(0, idea.daysAgo - 3)),
			confirmed_at: iso(idea.daysAgo),
			published_at: moderation === 'published' ? iso(Math.max(0, idea.daysAgo - 1)) : null,
			response_at: idea.response ? iso(Math.max(0, idea.daysAgo - 5)) : null
		});
	}
}
