import type { DemoPartner } from './partners.demo-data.ts';

/*
 * Demo partners from public life: institutions, administration, politics, churches, other
 * organisations, individuals and the local newspaper.
 */

export const CIVIC_PARTNERS: DemoPartner[] = [
	{
		name: 'Mehrgenerationenhaus Eichenau',
		kind: 'institution',
		district: 'Eichenau',
		street: 'Dorfstraße 21',
		description:
			'Treffpunkt für Jung und Alt: mit offenem Café, Repair-Café, Großelterndienst und Hausaufgabenhilfe.',
		contribution:
			'Unser Großelterndienst vermittelt Wunschgroßeltern an Familien, die keine Oma und keinen Opa in der Nähe haben.',
		topics: ['familienzeit', 'vereinbarkeit'],
		contact: 'Hannelore Bergmann',
		joined: '2009-03-15'
	},
	{
		name: 'Stadtbibliothek Musterstadt',
		kind: 'institution',
		district: 'Altstadt',
		street: 'Bücherplatz 1',
		description: 'Medien für alle Altersgruppen, Bilderbuchkino, Lernplätze und kostenloses WLAN.',
		contribution:
			'Kinder bis 18 leihen bei uns kostenlos aus. Wir zeigen jeden Monat ein Bilderbuchkino.',
		topics: ['familienzeit', 'teilhabe'],
		contact: 'Julia Marquardt',
		joined: '2010-01-01'
	},
	{
		name: 'Volkshochschule Musterstadt',
		kind: 'institution',
		district: 'Nordviertel',
		street: 'Bildungsstraße 8',
		description: 'Kurse für Sprache, Beruf, Gesundheit und Familie – auch mit Kinderbetreuung.',
		contribution:
			'Wir bieten Deutschkurse mit Kinderbetreuung und Elternkurse zu Medienerziehung an.',
		topics: ['teilhabe', 'vereinbarkeit'],
		contact: 'Dr. Elke Brandes',
		joined: '2012-01-01'
	},
	{
		name: 'Jugendamt der Stadt Musterstadt',
		kind: 'administration',
		district: 'Altstadt',
		street: 'Rathausplatz 3',
		description:
			'Das Jugendamt unterstützt Kinder, Jugendliche und Eltern – von Frühen Hilfen bis zur Jugendberufshilfe.',
		contribution:
			'Die Frühen Hilfen begrüßen jedes neugeborene Kind mit einem Besuch und dem Familienwegweiser.',
		topics: ['kinderbetreuung', 'teilhabe'],
		contact: 'Carsten Meyer',
		joined: '2009-03-15'
	},
	{
		name: 'Gleichstellungsstelle der Stadt Musterstadt',
		kind: 'administration',
		district: 'Altstadt',
		street: 'Rathausplatz 1',
		description:
			'Wir setzen uns für gleiche Chancen von Frauen und Männern in Beruf und Familie ein.',
		contribution: 'Wir organisieren die Aktionswoche „Vereinbarkeit“ mit Betrieben der Stadt.',
		topics: ['vereinbarkeit'],
		contact: 'Sabine Wolter',
		joined: '2011-03-08'
	},
	{
		name: 'Ausschuss für Familie und Soziales im Stadtrat',
		kind: 'politics',
		district: 'Altstadt',
		street: 'Rathausplatz 1',
		description:
			'Der Ausschuss berät alle Fragen der Familien- und Sozialpolitik der Stadt. Mitglieder aller Fraktionen wirken im Bündnis mit.',
		contribution: 'Wir tragen die Anliegen des Bündnisses in den Stadtrat.',
		topics: ['oeffentlichkeitsarbeit'],
		contact: 'Friedrich Osterkamp',
		joined: '2014-07-01'
	},
	{
		name: 'Ortsbeirat Eichenau',
		kind: 'politics',
		district: 'Eichenau',
		street: 'Dorfstraße 1',
		description: 'Das gewählte Gremium des Ortsteils Eichenau.',
		contribution: 'Wir setzen uns für einen sicheren Schulweg und einen neuen Spielplatz ein.',
		topics: ['familienzeit'],
		contact: 'Dieter Lohmann',
		joined: '2019-02-01'
	},
	{
		name: 'Katholische Pfarrei St. Marien',
		kind: 'church',
		district: 'Altstadt',
		street: 'Domgasse 1',
		description: 'Pfarrei mit Familiengottesdiensten, Kinderchor und Ferienfreizeiten.',
		contribution:
			'Unsere Ferienfreizeit hat jedes Jahr zehn Plätze für Kinder aus Bündnisfamilien.',
		topics: ['familienzeit', 'teilhabe'],
		contact: 'Pfarrer Thomas Engel',
		joined: '2010-06-01'
	},
	{
		name: 'Evangelische Kirchengemeinde Musterstadt-Nord',
		kind: 'church',
		district: 'Nordviertel',
		street: 'Lutherstraße 12',
		description: 'Gemeinde mit Familienzentrum, Krabbelgruppen und offenem Jugendtreff.',
		contribution: 'Unser Gemeindehaus steht für Elternabende und Workshops des Bündnisses offen.',
		topics: ['familienzeit'],
		contact: 'Pastorin Lena Hartmann',
		joined: '2011-05-01'
	},
	{
		name: 'DITIB Moscheegemeinde Musterstadt',
		kind: 'church',
		district: 'Am Hafen',
		street: 'Werftstraße 20',
		description: 'Gemeinde mit Hausaufgabenhilfe, Frauenfrühstück und einem Sommerfest für alle.',
		contribution: 'Wir übersetzen Informationen des Bündnisses und laden zum Fastenbrechen ein.',
		topics: ['teilhabe'],
		contact: 'Mehmet Yıldız',
		joined: '2016-03-01'
	},
	{
		name: 'Hebammenpraxis Nestwärme',
		kind: 'other',
		district: 'Südfeld',
		street: 'Rosenstraße 2',
		description: 'Vier Hebammen begleiten Schwangerschaft, Geburt und Wochenbett.',
		contribution: 'Wir bieten eine offene Hebammensprechstunde im Familienzentrum an.',
		topics: ['kinderbetreuung'],
		contact: 'Katrin Adler',
		joined: '2018-01-01'
	},
	{
		name: 'Kindertagespflege-Netz Musterstadt',
		kind: 'other',
		district: 'Nordviertel',
		street: 'Kastanienweg 4',
		description: 'Zusammenschluss von 40 Tagesmüttern und Tagesvätern in Musterstadt.',
		contribution: 'Wir vermitteln flexible Betreuung auch am frühen Morgen und am Abend.',
		topics: ['kinderbetreuung', 'vereinbarkeit'],
		contact: 'Anja Reuter',
		joined: '2015-09-01'
	},
	{
		name: 'Elke Sander (Familienpatin)',
		kind: 'individual',
		district: 'Südfeld',
		street: '',
		description:
			'Ich bin pensionierte Grundschullehrerin und begleite ehrenamtlich Familien, die neu in Musterstadt sind.',
		contribution: 'Ich koordiniere die Familienpatenschaften des Bündnisses.',
		topics: ['teilhabe'],
		contact: 'Elke Sander',
		joined: '2017-05-01'
	},
	{
		name: 'Jonas Fuhrmann (Fotograf)',
		kind: 'individual',
		district: 'Am Hafen',
		street: '',
		description: 'Ich fotografiere Menschen und Veranstaltungen in Musterstadt.',
		contribution: 'Ich fotografiere die Veranstaltungen des Bündnisses ehrenamtlich.',
		topics: ['oeffentlichkeitsarbeit'],
		contact: 'Jonas Fuhrmann',
		joined: '2021-04-01'
	},
	{
		name: 'Musterstädter Anzeiger',
		kind: 'company',
		district: 'Altstadt',
		street: 'Pressehaus, Marktstraße 1',
		description: 'Die Wochenzeitung für Musterstadt und Umgebung.',
		contribution: 'Wir berichten über das Bündnis und drucken den Familienkalender jeden Monat ab.',
		topics: ['oeffentlichkeitsarbeit'],
		contact: 'Ulrike Franke',
		joined: '2012-10-01'
	}
];
