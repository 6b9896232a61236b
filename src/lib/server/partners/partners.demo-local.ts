import type { DemoPartner } from './partners.demo-data.ts';

/*
 * Demo partners from local business and clubs: companies and associations.
 */

export const LOCAL_PARTNERS: DemoPartner[] = [
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
	}
];
