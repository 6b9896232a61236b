import { addDays } from '../core/time-zone.ts';
import { at, type DemoDates, type DemoEvent } from './events-dates.demo.ts';

/** The demo's single events: festivals, holiday programmes, talks, the plenum. */
export function singleEvents(d: DemoDates): DemoEvent[] {
	const { inMonth, plenumYear, plenum, summer, autumn, easter, fest, martin } = d;
	return [
		{
			title: 'Familienfest im Stadtpark',
			summary:
				'Das große Fest des Bündnisses: Hüpfburg, Bühnenprogramm, Mitmachaktionen aller Partner.',
			description:
				'<p>Einmal im Jahr feiern wir mit allen Familien der Stadt. Über dreißig Bündnispartner laden zum Mitmachen ein – vom Kinderschminken bis zur Feuerwehrübung.</p><p>Der Eintritt ist frei.</p>',
			start: at(fest, '11:00'),
			end: at(fest, '18:00'),
			place: 'stadtpark',
			groups: ['everyone'],
			topics: ['familienzeit', 'oeffentlichkeitsarbeit'],
			highlight: true,
			accessibility: 'Befestigte Wege, barrierefreie Toilettenwagen, Ruhezone.'
		},
		{
			title: 'Ferienprogramm: Osterwerkstatt',
			summary: 'Fünf Tage Basteln, Werken und Draußensein in den Osterferien.',
			description: '<p>Für Grundschulkinder, mit Mittagessen. Die Plätze sind begrenzt.</p>',
			start: at(easter),
			end: at(addDays(easter, 5)),
			allDay: true,
			place: 'mgh',
			partner: 'Jugendamt der Stadt Musterstadt',
			groups: ['6-10'],
			topics: ['kinderbetreuung', 'vereinbarkeit'],
			cost: { kind: 'amount', cents: 4500, note: 'Geschwisterkinder 30 €' }
		},
		{
			title: 'Ferienprogramm: Abenteuerwoche am Hafen',
			summary: 'Eine Woche Kanu, Naturforschung und Lagerfeuer für Kinder von 8 bis 12.',
			description:
				'<p>Täglich von 8 bis 16 Uhr, mit Mittagessen. Betreuung ab 7:30 Uhr möglich.</p>',
			start: at(summer),
			end: at(addDays(summer, 5)),
			allDay: true,
			place: 'hafen',
			partner: 'Jugendamt der Stadt Musterstadt',
			groups: ['6-10', '10-14'],
			topics: ['kinderbetreuung', 'vereinbarkeit'],
			cost: { kind: 'amount', cents: 8500 },
			highlight: true
		},
		{
			title: 'Ferienprogramm: Zirkuswoche',
			summary: 'Jonglieren, Akrobatik, Clownerie – mit großer Vorstellung am Freitag.',
			description: '<p>In den Herbstferien, täglich 9 bis 15 Uhr.</p>',
			start: at(autumn),
			end: at(addDays(autumn, 5)),
			allDay: true,
			place: 'turnhalle',
			partner: 'TuS Eichenau 1908 e. V.',
			groups: ['6-10', '10-14'],
			topics: ['kinderbetreuung'],
			cost: { kind: 'amount', cents: 6000 }
		},
		{
			title: 'Laternenumzug zu St. Martin',
			summary: 'Mit Laternen, Musik und Martinsfeuer durch die Altstadt.',
			description:
				'<p>Treffpunkt an der Kirche St. Marien. Anschließend gibt es Weckmänner und Kinderpunsch.</p>',
			start: at(martin, '17:00'),
			end: at(martin, '18:30'),
			place: 'marien',
			partner: 'Katholische Pfarrei St. Marien',
			groups: ['everyone'],
			topics: ['familienzeit']
		},
		{
			title: 'Familienflohmarkt',
			summary: 'Kinderkleidung, Spielzeug und Bücher – von Familien für Familien.',
			description:
				'<p>Standanmeldung beim Förderverein. Kuchenbuffet zugunsten des Ferienprogramms.</p>',
			start: at(inMonth(2, 6, 3), '10:00'),
			end: at(inMonth(2, 6, 3), '14:00'),
			place: 'schule',
			partner: 'Förderverein Familie Musterstadt e. V.',
			groups: ['everyone'],
			topics: ['familienzeit', 'teilhabe']
		},
		{
			title: 'Infoabend: Wie finde ich einen Kita-Platz?',
			summary: 'Anmeldung, Fristen, Tagespflege: alles zur Kinderbetreuung – vor Ort und online.',
			description:
				'<p>Das Familienbüro erklärt das Anmeldeverfahren und beantwortet Ihre Fragen.</p>',
			start: at(inMonth(1, 3, 1), '19:00'),
			end: at(inMonth(1, 3, 1), '20:30'),
			place: 'rathaus',
			onlineUrl: 'https://video.musterstadt.example/kita-infoabend',
			partner: 'Stadt Musterstadt – Familienbüro',
			groups: ['parents'],
			topics: ['kinderbetreuung']
		},
		{
			title: 'Unternehmensforum: Pflege und Beruf vereinbaren',
			summary: 'Wie Betriebe Beschäftigte mit pflegebedürftigen Angehörigen unterstützen können.',
			description:
				'<p>Kurzvorträge, Beispiele aus Musterstädter Betrieben und Zeit für Austausch.</p>',
			start: at(inMonth(3, 4, 2), '17:00'),
			end: at(inMonth(3, 4, 2), '19:00'),
			place: 'vhs',
			partner: 'Musterstädter Sparkasse',
			groups: ['everyone'],
			topics: ['vereinbarkeit', 'oeffentlichkeitsarbeit']
		},
		{
			title: 'Kinderflohmarkt im Nordviertel',
			summary: 'Abgesagt wegen Bauarbeiten auf dem Platz – neuer Termin folgt.',
			description: '<p>Der Flohmarkt kann in diesem Jahr leider nicht stattfinden.</p>',
			start: at(inMonth(1, 6, 2), '09:00'),
			end: at(inMonth(1, 6, 2), '13:00'),
			place: 'gemeinde',
			groups: ['everyone'],
			topics: ['familienzeit'],
			status: 'cancelled',
			statusNote: 'Wegen Bauarbeiten auf dem Kirchplatz abgesagt.'
		},
		{
			title: 'Vortrag: Medien in der Familie',
			summary: 'Wie viel Bildschirm ist gut? Ein Abend für Eltern von Grundschulkindern.',
			description: '<p>Eingereicht von der Volkshochschule, wartet auf Freigabe.</p>',
			start: at(inMonth(2, 3, 2), '19:30'),
			end: at(inMonth(2, 3, 2), '21:00'),
			place: 'vhs',
			partner: 'Volkshochschule Musterstadt',
			groups: ['parents'],
			topics: ['teilhabe'],
			cost: { kind: 'amount', cents: 500 },
			status: 'submitted'
		},
		{
			title: `Plenum des Bündnisses ${plenumYear}`,
			summary:
				'Die Jahresversammlung aller Bündnispartner: Rückblick, Ausblick, Wahl des Koordinierungsteams.',
			description:
				'<p>Zum Plenum laden wir alle Bündnispartner und alle Interessierten herzlich ein. Auf der Tagesordnung: der Jahresbericht, die Schwerpunkte für das kommende Jahr und die Wahl des Koordinierungsteams.</p><p>Im Anschluss gibt es einen kleinen Imbiss.</p>',
			start: at(plenum, '18:00'),
			end: at(plenum, '20:30'),
			place: 'rathaus',
			groups: ['everyone'],
			topics: ['oeffentlichkeitsarbeit', 'vereinbarkeit'],
			highlight: true,
			registration: { capacity: 80, waitlist: true },
			accessibility: 'Aufzug, barrierefreie Toilette; Gebärdensprachdolmetschung auf Anfrage.',
			contact: {
				name: 'Petra Sommer',
				email: 'kontakt@musterstadt.example',
				phone: '0123 456 78-90'
			}
		}
	];
}
