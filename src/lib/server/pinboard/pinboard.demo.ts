import type { DB } from '../db/db.ts';
import type { PinboardCategory, PinboardKind } from './pinboard.table.ts';
import * as repo from './pinboard.repository.ts';
import { today } from './pinboard.service.ts';

/*
 * Ten demo posts on Musterstadt's Pinnwand, by the demo accounts (fictional), across all
 * categories; one has expired (only coordinators see it).
 */

interface DemoPost {
	by: 'coordinator' | 'editor' | 'partner';
	kind: PinboardKind;
	category: PinboardCategory;
	title: string;
	body: string;
	daysAgo: number;
	daysLeft: number;
}

const POSTS: DemoPost[] = [
	{
		by: 'partner',
		kind: 'offer',
		category: 'rooms',
		title: 'Gruppenraum dienstags und donnerstags frei',
		body: 'Unser Gruppenraum im Familienzentrum (25 Plätze, Küche, barrierefrei) ist dienstags und donnerstags ab 16 Uhr frei. Gern für Elterncafés, Kurse oder Treffen von Bündnispartnern – kostenlos.',
		daysAgo: 2,
		daysLeft: 60
	},
	{
		by: 'coordinator',
		kind: 'request',
		category: 'volunteers',
		title: 'Helferinnen und Helfer für das Familienfest gesucht',
		body: 'Für das Familienfest im Stadtpark suchen wir noch sechs Menschen für Auf- und Abbau sowie für die Spielstraße. Schichten von je drei Stunden.',
		daysAgo: 4,
		daysLeft: 30
	},
	{
		by: 'partner',
		kind: 'offer',
		category: 'material',
		title: 'Zwei Pavillons und Biertischgarnituren zu verleihen',
		body: 'Wir verleihen zwei Faltpavillons (3 × 3 m) und vier Biertischgarnituren. Abholung in der Weststadt, Rückgabe gereinigt.',
		daysAgo: 6,
		daysLeft: 90
	},
	{
		by: 'editor',
		kind: 'request',
		category: 'cooperation',
		title: 'Partner für eine Vorleseaktion in Kitas',
		body: 'Die Stadtbibliothek plant im Frühjahr Vorlesestunden in Kitas. Wer hat Lust, mitzumachen oder Vorlesepatinnen und -paten zu vermitteln?',
		daysAgo: 8,
		daysLeft: 45
	},
	{
		by: 'partner',
		kind: 'request',
		category: 'money',
		title: 'Zuschuss für Ferienfreizeit gesucht',
		body: 'Für die Ferienfreizeit von zwölf Kindern aus Familien mit wenig Geld fehlen uns noch rund 800 Euro. Kennt jemand eine Stiftung oder möchte sich beteiligen?',
		daysAgo: 10,
		daysLeft: 21
	},
	{
		by: 'coordinator',
		kind: 'offer',
		category: 'other',
		title: 'Plakate und Flyer drucken im Familienbüro',
		body: 'Das Familienbüro druckt für Bündnispartner Plakate bis DIN A3 und Flyer in kleiner Auflage. Bitte Dateien eine Woche vorher schicken.',
		daysAgo: 12,
		daysLeft: 120
	},
	{
		by: 'partner',
		kind: 'offer',
		category: 'volunteers',
		title: 'Zwei Ehrenamtliche für Hausaufgabenhilfe frei',
		body: 'Zwei unserer Ehrenamtlichen haben mittwochs Zeit und möchten Grundschulkinder bei den Hausaufgaben begleiten. Wer hat einen Ort und Kinder, die sich freuen?',
		daysAgo: 3,
		daysLeft: 40
	},
	{
		by: 'editor',
		kind: 'request',
		category: 'rooms',
		title: 'Raum für Krabbelgruppe am Freitagvormittag',
		body: 'Eine Krabbelgruppe mit acht Eltern sucht einen warmen Raum mit Teppich, freitags von 9.30 bis 11 Uhr. Eine kleine Miete ist möglich.',
		daysAgo: 1,
		daysLeft: 28
	},
	{
		by: 'partner',
		kind: 'offer',
		category: 'cooperation',
		title: 'Gemeinsamer Stand beim Stadtfest',
		body: 'Wir haben beim Stadtfest einen großen Stand und teilen ihn gern mit ein oder zwei Bündnispartnern, die Angebote für Familien vorstellen möchten.',
		daysAgo: 5,
		daysLeft: 75
	},
	{
		by: 'partner',
		kind: 'offer',
		category: 'material',
		title: 'Kinderwagen und Babykleidung abzugeben',
		body: 'Aus einer Spende sind zwei Kinderwagen und drei Kisten Babykleidung übrig. Gern an eine Einrichtung, die sie an Familien weitergibt.',
		daysAgo: 40,
		daysLeft: -5
	}
];

export async function seedPinboardDemo(
	db: DB,
	allianceId: string,
	users: Record<string, string>,
	now = new Date()
): Promise<void> {
	for (const p of POSTS) {
		const author = users[p.by];
		if (!author) continue;
		const created = new Date(now.getTime() - p.daysAgo * 86_400_000);
		const partner = await repo.findOwnPartner(db, allianceId, author);
		await repo.insertPost(db, {
			id: crypto.randomUUID(),
			alliance_id: allianceId,
			author_id: author,
			partner_id: partner?.id ?? null,
			kind: p.kind,
			category: p.category,
			title: p.title,
			body: p.body,
			ends_on: today(new Date(now.getTime() + p.daysLeft * 86_400_000)),
			created_at: created.toISOString()
		});
	}
}
