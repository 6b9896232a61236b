import type { PartnerKind } from './partner.table.ts';

/*
 * Fictional partners of the demo alliance "Musterstadt". Every name, address, person and
 * number here is invented; .example addresses and 0123 numbers reach nobody.
 */

export interface DemoPartner {
	name: string;
	kind: PartnerKind;
	district: string;
	street: string;
	description: string;
	contribution: string;
	topics: string[];
	contact: string;
	joined: string;
	phone?: string;
}

const POSTAL: Record<string, string> = {
	Altstadt: '12345',
	Nordviertel: '12347',
	'Am Hafen': '12349',
	Südfeld: '12351',
	Eichenau: '12353'
};

export function postalCodeOf(district: string): string {
	return POSTAL[district] ?? '12345';
}

export const DEMO_PARTNERS: DemoPartner[] = [
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
	},
	{
		name: 'Stadtwerke Musterstadt GmbH',
		kind: 'company',
		district: 'Am Hafen',
		street: 'Energieweg 1',
		description:
			'Wir versorgen Musterstadt mit Strom, Wasser und Wärme – und beschäftigen über 400 Menschen.',
		contribution:
			'Als familienfreundlicher Arbeitgeber bieten wir Gleitzeit, ein Eltern-Kind-Büro und Ferienbetreuung für Beschäftigte an. Den Familientag unterstützen wir mit Strom und Wasser.',
		topics: ['vereinbarkeit'],
		contact: 'Hendrik Vogt',
		joined: '2012-03-01'
	},
	{
		name: 'Bäckerei Krumme',
		kind: 'company',
		district: 'Altstadt',
		street: 'Marktstraße 9',
		description: 'Familienbäckerei in dritter Generation mit vier Filialen in Musterstadt.',
		contribution:
			'Wir spenden Brot und Brezeln für Bündnisveranstaltungen und bilden jedes Jahr zwei Jugendliche aus.',
		topics: ['familienzeit'],
		contact: 'Annette Krumme',
		joined: '2014-05-01'
	},
	{
		name: 'Musterstädter Sparkasse',
		kind: 'company',
		district: 'Altstadt',
		street: 'Sparkassenplatz 1',
		description: 'Die Bank vor Ort für Privat- und Geschäftskunden.',
		contribution:
			'Wir fördern Projekte des Bündnisses aus unserer Stiftung und bieten Kurse zum Umgang mit Geld für Jugendliche an.',
		topics: ['teilhabe'],
		contact: 'Markus Lehmann',
		joined: '2011-01-01'
	},
	{
		name: 'Pflegedienst Hand in Hand',
		kind: 'company',
		district: 'Südfeld',
		street: 'Rosenstraße 18',
		description:
			'Ambulanter Pflegedienst mit 35 Mitarbeitenden. Wir pflegen zu Hause und beraten pflegende Angehörige.',
		contribution:
			'Wir geben in der Arbeitsgruppe „Familie und Pflege“ Tipps aus der Praxis und bieten kostenlose Pflegekurse an.',
		topics: ['vereinbarkeit'],
		contact: 'Monika Seidel',
		joined: '2017-02-01'
	},
	{
		name: 'Hafenkontor Logistik GmbH',
		kind: 'company',
		district: 'Am Hafen',
		street: 'Containerweg 5',
		description: 'Logistikunternehmen mit Schichtbetrieb und 250 Beschäftigten.',
		contribution:
			'Wir erproben mit dem Bündnis Schichtmodelle, die zum Leben mit Kindern passen, und finanzieren Belegplätze in einer Kita.',
		topics: ['vereinbarkeit', 'kinderbetreuung'],
		contact: 'Sven Kowalski',
		joined: '2019-10-01'
	},
	{
		name: 'Buchhandlung Seitenwind',
		kind: 'company',
		district: 'Altstadt',
		street: 'Kirchgasse 2',
		description: 'Unabhängige Buchhandlung mit großer Kinder- und Jugendbuchabteilung.',
		contribution: 'Wir gestalten die Vorlesenachmittage im Bündnis und beraten Lesepaten.',
		topics: ['familienzeit', 'teilhabe'],
		contact: 'Nora Blum',
		joined: '2020-03-01'
	},
	{
		name: 'TuS Eichenau 1908 e. V.',
		kind: 'association',
		district: 'Eichenau',
		street: 'Sportplatzweg 1',
		description: 'Sportverein mit Fußball, Turnen, Tischtennis und Eltern-Kind-Turnen.',
		contribution:
			'Kinder aus Familien mit wenig Geld turnen bei uns beitragsfrei. Beim Familientag betreuen wir die Hüpfburg.',
		topics: ['familienzeit', 'teilhabe'],
		contact: 'Klaus Herberger',
		joined: '2010-04-01'
	},
	{
		name: 'Kinderschutzbund Ortsverband Musterstadt e. V.',
		kind: 'association',
		district: 'Nordviertel',
		street: 'Parkstraße 6',
		description:
			'Wir setzen uns für die Rechte von Kindern ein: mit Elternkursen, einem Kindertelefon und Begleiteten Umgängen.',
		contribution: 'Wir bieten „Starke Eltern – Starke Kinder“-Kurse für Bündnisfamilien an.',
		topics: ['teilhabe', 'kinderbetreuung'],
		contact: 'Gabriele Husmann',
		joined: '2009-03-15'
	},
	{
		name: 'Tafel Musterstadt e. V.',
		kind: 'association',
		district: 'Südfeld',
		street: 'Lagerhausstraße 3',
		description:
			'Ehrenamtliche retten Lebensmittel und geben sie an Menschen mit wenig Geld weiter.',
		contribution: 'Wir informieren bei unseren Ausgaben über Angebote des Bündnisses.',
		topics: ['teilhabe'],
		contact: 'Werner Rath',
		joined: '2013-09-01'
	},
	{
		name: 'Förderverein Familie Musterstadt e. V.',
		kind: 'association',
		district: 'Altstadt',
		street: 'Rathausplatz 1',
		description:
			'Der Förderverein sammelt Spenden für die Arbeit des Bündnisses und verwaltet sie.',
		contribution: 'Wir verwalten die Spenden und stellen Zuwendungsbestätigungen aus.',
		topics: ['oeffentlichkeitsarbeit'],
		contact: 'Ingrid Baumann',
		joined: '2009-06-01'
	},
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

export const DEMO_TEAM = [
	{
		name: 'Petra Sommer',
		role: 'Bündniskoordinatorin',
		organisation: 'Stadt Musterstadt – Familienbüro',
		termFrom: '2021-03-01',
		termTo: null
	},
	{
		name: 'Tobias Brandt',
		role: 'Sprecher',
		organisation: 'Caritasverband Musterstadt e. V.',
		termFrom: '2023-01-01',
		termTo: null
	},
	{
		name: 'Aylin Demir',
		role: 'Familienzentren',
		organisation: 'Familienzentrum Am Hafen',
		termFrom: '2023-01-01',
		termTo: null
	},
	{
		name: 'Maren Lindqvist',
		role: 'Kitas und Kindertagespflege',
		organisation: 'Kita Sonnenblume',
		termFrom: '2023-01-01',
		termTo: null
	},
	{
		name: 'Friedrich Osterkamp',
		role: 'Vertreter des Stadtrates',
		organisation: 'Ausschuss für Familie und Soziales',
		termFrom: '2024-06-01',
		termTo: null
	},
	{
		name: 'Hannelore Bergmann',
		role: 'Bündniskoordinatorin',
		organisation: 'Mehrgenerationenhaus Eichenau',
		termFrom: '2012-01-01',
		termTo: '2021-02-28'
	}
] as const;
