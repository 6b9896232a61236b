import type { DemoPartner } from './partners.demo-data.ts';

/*
 * Demo partners that work with families day by day: family centres, welfare federations,
 * kitas and schools.
 */

export const FAMILY_PARTNERS: DemoPartner[] = [
	{
		name: 'Familienzentrum Am Hafen',
		kind: 'institution',
		district: 'Am Hafen',
		street: 'Kaistraße 12',
		description:
			'Unser Familienzentrum ist ein offenes Haus für alle Familien im Hafenviertel. Es gibt ein Elterncafé, Krabbelgruppen, Sprechstunden der Erziehungsberatung und einen Raum, in dem Kinder einfach spielen dürfen.\n\nWir sprechen Deutsch, Türkisch, Arabisch und Englisch.',
		contribution:
			'Wir öffnen unsere Räume für Treffen der Arbeitsgruppen und organisieren jedes Frühjahr den Familientag am Hafenbecken mit.',
		topics: ['teilhabe', 'familienzeit', 'kinderbetreuung'],
		contact: 'Aylin Demir',
		joined: '2010-05-01',
		phone: '0123 456 21-0'
	},
	{
		name: 'Stadt Musterstadt – Familienbüro',
		kind: 'administration',
		district: 'Altstadt',
		street: 'Rathausplatz 1',
		description:
			'Das Familienbüro ist die erste Anlaufstelle der Stadtverwaltung für alle Fragen rund um Familie: Elterngeld, Kita-Platz, Ferienbetreuung und Familienpass.',
		contribution:
			'Wir stellen die Bündniskoordination, kümmern uns um die Geschäftsstelle und laden jedes Jahr zum Plenum ins Rathaus ein.',
		topics: ['vereinbarkeit', 'kinderbetreuung', 'oeffentlichkeitsarbeit'],
		contact: 'Petra Sommer',
		joined: '2009-03-15',
		phone: '0123 456 78-90'
	},
	{
		name: 'Caritasverband Musterstadt e. V.',
		kind: 'federation',
		district: 'Altstadt',
		street: 'Domgasse 4',
		description:
			'Die Caritas berät Familien in schwierigen Lebenslagen – bei Geldsorgen, in der Schwangerschaft, bei Trennung oder wenn Angehörige Pflege brauchen.',
		contribution:
			'Unsere Fachleute beraten in der Arbeitsgruppe „Familie und Pflege“ und bieten offene Sprechstunden im Familienzentrum an.',
		topics: ['vereinbarkeit', 'teilhabe'],
		contact: 'Tobias Brandt',
		joined: '2009-03-15'
	},
	{
		name: 'Diakonisches Werk Musterstadt',
		kind: 'federation',
		district: 'Nordviertel',
		street: 'Lindenallee 31',
		description:
			'Wir begleiten Familien mit Schuldnerberatung, Familienpflege und einem Kleiderladen, in dem alles fast nichts kostet.',
		contribution: 'Wir sammeln Schulranzen für Erstklässler aus Familien mit wenig Geld.',
		topics: ['teilhabe'],
		contact: 'Ruth Albers',
		joined: '2011-09-01'
	},
	{
		name: 'Kita Sonnenblume',
		kind: 'kita',
		district: 'Südfeld',
		street: 'Blumenweg 7',
		description:
			'In unserer Kita spielen, forschen und lernen 85 Kinder zwischen einem und sechs Jahren. Wir arbeiten nach dem offenen Konzept und haben einen großen Naturgarten.',
		contribution:
			'Wir öffnen Randzeiten von 6:30 bis 18:00 Uhr für Eltern im Schichtdienst und geben unsere Erfahrungen im Bündnis weiter.',
		topics: ['kinderbetreuung', 'vereinbarkeit'],
		contact: 'Maren Lindqvist',
		joined: '2012-08-01'
	},
	{
		name: 'Städtische Kita Am Wasserturm',
		kind: 'kita',
		district: 'Nordviertel',
		street: 'Turmstraße 2',
		description:
			'Eine Kita mit fünf Gruppen, einer Sprachförderkraft und viel Platz zum Toben. Familien aus über zwanzig Ländern sind bei uns zu Hause.',
		contribution: 'Wir veranstalten zweimal im Jahr ein internationales Elternfrühstück.',
		topics: ['kinderbetreuung', 'teilhabe'],
		contact: 'Jan Petersen',
		joined: '2013-02-01'
	},
	{
		name: 'Evangelische Kita Arche Noah',
		kind: 'kita',
		district: 'Eichenau',
		street: 'Kirchplatz 3',
		description:
			'Kleine Kita mit zwei Gruppen mitten im Dorf. Bei uns gehören Singen, Gärtnern und das Feiern im Jahreskreis dazu.',
		contribution: 'Wir organisieren den Laternenumzug in Eichenau für alle Kinder des Ortsteils.',
		topics: ['kinderbetreuung', 'familienzeit'],
		contact: 'Susanne Krüger',
		joined: '2014-11-11'
	},
	{
		name: 'Waldkindergarten Eichhörnchen e. V.',
		kind: 'kita',
		district: 'Eichenau',
		street: 'Am Forsthaus 1',
		description:
			'Bei jedem Wetter draußen: 20 Kinder verbringen ihren Tag im Eichenauer Wald, mit einem Bauwagen als Unterschlupf.',
		contribution: 'Wir bieten einmal im Monat einen offenen Waldnachmittag für Familien an.',
		topics: ['kinderbetreuung', 'familienzeit'],
		contact: 'Lukas Wendt',
		joined: '2018-04-20'
	},
	{
		name: 'Grundschule am Hafen',
		kind: 'school',
		district: 'Am Hafen',
		street: 'Schulstraße 10',
		description:
			'Offene Ganztagsgrundschule mit rund 300 Kindern, einer Schulbücherei und einem Schulgarten.',
		contribution:
			'Unsere Lesepatinnen und Lesepaten kommen aus dem Bündnis – und wir laden Partner zu Projekttagen ein.',
		topics: ['kinderbetreuung', 'teilhabe'],
		contact: 'Birgit Hansen',
		joined: '2010-09-01'
	},
	{
		name: 'Gesamtschule Südfeld',
		kind: 'school',
		district: 'Südfeld',
		street: 'Bildungscampus 1',
		description:
			'Eine Schule für alle: von Klasse 5 bis zum Abitur, mit Berufsorientierung und Schulsozialarbeit.',
		contribution: 'Schülerinnen und Schüler betreuen beim Familientag die Spielstationen.',
		topics: ['teilhabe'],
		contact: 'Dr. Stefan Öztürk',
		joined: '2015-01-15'
	},
	{
		name: 'Astrid-Lindgren-Förderschule',
		kind: 'school',
		district: 'Nordviertel',
		street: 'Gartenstraße 44',
		description:
			'Förderschule mit dem Schwerpunkt geistige Entwicklung. Wir arbeiten eng mit Eltern, Therapeuten und Betrieben zusammen.',
		contribution:
			'Wir bringen die Sicht von Familien mit Kindern mit Behinderung in das Bündnis ein.',
		topics: ['teilhabe'],
		contact: 'Claudia Reimers',
		joined: '2016-06-01'
	}
];
