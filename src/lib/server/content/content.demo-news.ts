/*
 * The demo news of "Lokales Bündnis für Familie Musterstadt": a year of typical posts, repeated
 * over the last three years with variations, each on its season's date. Fictional text.
 */

export interface DemoNews {
	title: string;
	summary: string;
	body: string;
	publishedAt: string;
	withImage: boolean;
}

interface Item {
	month: number;
	day: number;
	title: (year: number, v: number) => string;
	summary: (year: number, v: number) => string;
	body: (year: number, v: number) => string;
	withImage?: boolean;
}

const pick = <T>(list: T[], v: number): T => list[v % list.length] as T;

const NEW_PARTNERS = [
	['die Kita Sonnenblume', 'die Bäckerei Krüger'],
	['die Musikschule Musterstadt', 'die Stadtbibliothek'],
	['den TuS Musterstadt 1898', 'den Pflegedienst Lebenszeit'],
	['das Familienzentrum Nord', 'die Stadtwerke Musterstadt']
];

const ITEMS: Item[] = [
	{
		month: 1,
		day: 14,
		title: (y) => `Einladung zum Plenum ${y}`,
		summary: () =>
			'Einmal im Jahr kommen alle Bündnispartner zusammen. Wir laden Sie herzlich ein – auch wenn Sie das Bündnis erst kennenlernen möchten.',
		body: (y, v) =>
			`<p>Liebe Bündnispartnerinnen und Bündnispartner, liebe Interessierte,</p><p>wir laden Sie herzlich zu unserem Plenum ${y} ein. Es findet am ${pick(['zweiten', 'dritten', 'letzten'], v)} Donnerstag im Februar um 18 Uhr im Ratssaal statt. Für Getränke und einen kleinen Imbiss ist gesorgt; Kinder können während des Treffens betreut werden.</p><h2>Tagesordnung</h2><ol><li>Begrüßung durch die Schirmherrin</li><li>Rückblick auf das vergangene Jahr</li><li>Berichte aus den Arbeitsgruppen</li><li>Schwerpunkte für ${y}</li><li>Verschiedenes</li></ol><p>Bitte melden Sie sich bis eine Woche vorher über das Kontaktformular an, damit wir gut planen können.</p>`
	},
	{
		month: 2,
		day: 27,
		title: (y) => `Rückblick auf das Plenum ${y}`,
		summary: (_y, v) =>
			`Rund ${40 + v * 7} Bündnispartner haben beim Plenum über die Schwerpunkte des Jahres beraten.`,
		body: (_y, v) =>
			`<p>Volles Haus im Ratssaal: Rund ${40 + v * 7} Vertreterinnen und Vertreter unserer Bündnispartner sind zum Plenum gekommen. Die Schirmherrin dankte allen für ihren Einsatz und betonte, wie wichtig das Bündnis für den Zusammenhalt in Musterstadt ist.</p><p>Die Arbeitsgruppen stellten vor, was sie im vergangenen Jahr erreicht haben – von der Ferienbetreuung bis zum Familienwegweiser. Für das neue Jahr hat das Plenum beschlossen, ${pick(['die Pflege-Sprechstunde auszubauen', 'mehr Angebote in einfacher Sprache zu machen', 'familienfreundliche Arbeitgeber stärker zu vernetzen'], v)}.</p><p>Das Protokoll senden wir allen Bündnispartnern in den nächsten Tagen zu.</p>`
	},
	{
		month: 3,
		day: 6,
		title: (_y, v) => {
			const [a, b] = pick(NEW_PARTNERS, v);
			return `Neue Bündnispartner: ${cap(a ?? '')} und ${b}`;
		},
		summary: () => 'Das Bündnis wächst weiter. Wir freuen uns über zwei neue Partner.',
		body: (_y, v) => {
			const [a, b] = pick(NEW_PARTNERS, v);
			return `<p>Herzlich willkommen! Seit diesem Monat gehören ${a} und ${b} zum Lokalen Bündnis für Familie Musterstadt.</p><p>Beide bringen viel Erfahrung in der Arbeit mit Familien mit und möchten sich vor allem beim Familienfest und in der Arbeitsgruppe „Zeit für Familie“ einbringen.</p><p>Sie möchten auch Bündnispartner werden? Das ist ganz einfach und kostet nichts. <a href="/kontakt">Sprechen Sie uns an</a>.</p>`;
		}
	},
	{
		month: 3,
		day: 20,
		title: (y) => `Osterferien ${y}: Betreuung für Grundschulkinder`,
		summary: () =>
			'In den Osterferien gibt es wieder eine verlässliche Betreuung für Kinder von 6 bis 10 Jahren.',
		body: (_y, v) =>
			`<p>Auch in diesen Osterferien bieten unsere Bündnispartner eine Ferienbetreuung für Grundschulkinder an. Die Kinder werden montags bis freitags von 8 bis 15 Uhr betreut, ein warmes Mittagessen ist inklusive.</p><p>Auf dem Programm stehen ${pick(['Basteln, Spiele und ein Ausflug in den Tierpark', 'eine Zirkuswoche mit Aufführung am Freitag', 'Forschen und Experimentieren mit der Stadtbibliothek'], v)}.</p><p>Die Kosten richten sich nach dem Einkommen der Eltern. Familien mit Bildungs- und Teilhabe-Leistungen zahlen nichts. Bitte melden Sie Ihr Kind im Familienbüro an.</p>`
	},
	{
		month: 4,
		day: 10,
		title: (_y, v) =>
			pick(
				[
					'Pflege-Sprechstunde: Beratung für pflegende Angehörige',
					'Pflege und Beruf: Sprechstunde jetzt auch am Abend',
					'Pflege-Sprechstunde zieht ins Familienzentrum'
				],
				v
			),
		summary: () =>
			'Wer Angehörige pflegt und berufstätig ist, findet in unserer Pflege-Sprechstunde kostenlosen Rat.',
		body: (_y, v) =>
			`<p>Viele Menschen in Musterstadt kümmern sich um ihre Eltern, Großeltern oder einen kranken Angehörigen – und gehen gleichzeitig arbeiten. Das kostet viel Kraft.</p><p>In unserer Pflege-Sprechstunde beraten Fachleute Sie kostenlos und vertraulich: Welche Leistungen stehen Ihnen zu? Wie lässt sich die Arbeitszeit anpassen? Wo gibt es Entlastung?</p><p>Die Sprechstunde findet jeden ersten Donnerstag im Monat ${pick(['von 14 bis 17 Uhr im Rathaus', 'von 17 bis 19 Uhr im Rathaus', 'von 15 bis 18 Uhr im Familienzentrum Am Markt'], v)} statt. Eine Anmeldung ist nicht nötig.</p>`
	},
	{
		month: 4,
		day: 28,
		title: (_y, v) =>
			pick(
				[
					'Spielplatz-Check: Kinder bewerten ihre Spielplätze',
					'Ergebnisse des Spielplatz-Checks',
					'Frühjahrsputz auf dem Abenteuerspielplatz'
				],
				v
			),
		summary: (_y, v) =>
			pick(
				[
					'Kinder sind die besten Fachleute für Spielplätze. Machen Sie mit beim Spielplatz-Check!',
					'Über 200 Kinder haben mitgemacht – das sind ihre Wünsche.',
					'Gemeinsam mit Familien und dem Bauhof haben wir den Abenteuerspielplatz fit gemacht.'
				],
				v
			),
		body: (_y, v) =>
			pick(
				[
					'<p>Welcher Spielplatz ist der schönste? Wo fehlt eine Schaukel, wo ist es zu schmutzig? Bis Ende Mai können Kinder alle Spielplätze in Musterstadt mit einem Bewertungsbogen testen.</p><p>Die Bögen liegen in allen Kitas, Grundschulen und in der Stadtbibliothek aus. Die Ergebnisse geben wir an die Stadtverwaltung weiter.</p>',
					'<p>Über 200 Kinder haben beim Spielplatz-Check mitgemacht. Am besten gefallen hat ihnen der Wasserspielplatz im Stadtpark. Viele wünschen sich mehr Schatten und Trinkbrunnen.</p><p>Die Stadtverwaltung hat zugesagt, zwei neue Bäume und einen Trinkbrunnen einzuplanen. Vielen Dank an alle kleinen Testerinnen und Tester!</p>',
					'<p>Rund 40 Eltern, Kinder und Mitarbeitende des Bauhofs haben am Samstag den Abenteuerspielplatz auf Vordermann gebracht: Sand wurde ausgetauscht, Bänke gestrichen und neue Blumen gepflanzt.</p><p>Zum Abschluss gab es Würstchen und Apfelschorle. Danke an alle, die mit angepackt haben!</p>'
				],
				v
			)
	},
	{
		month: 5,
		day: 12,
		title: (y) => `Internationaler Tag der Familie ${y}: Frühstück auf dem Marktplatz`,
		summary: () =>
			'Am 15. Mai laden wir alle Familien zu einem gemeinsamen Frühstück auf den Marktplatz ein.',
		body: () =>
			'<p>Zum Internationalen Tag der Familie decken wir am 15. Mai von 9 bis 12 Uhr eine lange Frühstückstafel auf dem Marktplatz. Bringen Sie gern etwas mit – Kaffee, Tee und Brötchen spendieren unsere Bündnispartner.</p><p>Für Kinder gibt es eine Malecke und ein Kasperletheater. Bei Regen ziehen wir in die Markthalle um.</p>'
	},
	{
		month: 5,
		day: 26,
		title: (_y, v) =>
			pick(
				[
					'Aktionstag „Familie und Beruf“ in Musterstädter Betrieben',
					'Familienfreundliche Arbeitgeber ausgezeichnet',
					'Workshop für Betriebe: Vereinbarkeit leicht gemacht'
				],
				v
			),
		summary: () =>
			'Wie Unternehmen ihren Beschäftigten helfen, Familie und Beruf unter einen Hut zu bringen.',
		body: (_y, v) =>
			`<p>Flexible Arbeitszeiten, Homeoffice, ein Zuschuss zur Kinderbetreuung oder Verständnis, wenn ein Kind krank ist: Familienfreundlichkeit hat viele Gesichter. ${pick(['Beim Aktionstag öffneten sieben Betriebe ihre Türen und zeigten, was bei ihnen schon gut funktioniert.', 'In diesem Jahr haben wir fünf Unternehmen für ihr besonderes Engagement ausgezeichnet – vom Handwerksbetrieb bis zum Krankenhaus.', 'In unserem Workshop haben Personalverantwortliche aus zwölf Betrieben Ideen ausgetauscht, die wenig kosten und viel bewirken.'], v)}</p><p>Sie möchten als Arbeitgeber familienfreundlicher werden? Unsere Arbeitsgruppe „Vereinbarkeit“ berät Sie gern.</p>`
	},
	{
		month: 6,
		day: 3,
		title: (y) => `Familienfest im Stadtpark ${y}: Helferinnen und Helfer gesucht`,
		summary: () =>
			'Für unser Familienfest suchen wir Menschen, die ein paar Stunden mit anpacken möchten.',
		body: () =>
			'<p>Bald ist es wieder so weit: Das Familienfest im Stadtpark steht vor der Tür. Damit alles klappt, brauchen wir Ihre Hilfe – beim Aufbau, an der Kinderschminke, am Kuchenstand oder beim Abbau.</p><p>Schon zwei Stunden helfen uns sehr. Als Dankeschön gibt es ein Bündnis-T-Shirt und ein gemeinsames Abschlussessen. Melden Sie sich einfach über das <a href="/kontakt">Kontaktformular</a>.</p>'
	},
	{
		month: 6,
		day: 24,
		title: (y) => `Familienfest im Stadtpark ${y}: Danke für einen wunderbaren Tag!`,
		summary: (_y, v) =>
			`Rund ${1500 + v * 300} Besucherinnen und Besucher feierten mit uns bei strahlendem Sonnenschein.`,
		withImage: true,
		body: (_y, v) =>
			`<p>Was für ein Fest! Rund ${1500 + v * 300} große und kleine Gäste kamen am Sonntag in den Stadtpark. ${30 + v * 4} Bündnispartner hatten Stände aufgebaut: Es gab Kinderschminken, eine Hüpfburg, Sackhüpfen, Bastelangebote und Informationen rund um Familie.</p><p>Besonders beliebt war ${pick(['die Riesenseifenblasen-Station der Kita Sonnenblume', 'das Mitmach-Konzert der Musikschule', 'der Kletterturm des TuS Musterstadt'], v)}. Der Erlös des Kuchenbuffets geht in diesem Jahr an den Ferienfonds für Familien mit wenig Geld.</p><p>Ein großes Dankeschön an alle Helferinnen und Helfer, an die Bündnispartner und an die Stadt für die Unterstützung!</p>`
	},
	{
		month: 7,
		day: 1,
		title: (y) => `Sommerferien ${y}: Ferienbetreuung jetzt anmelden`,
		summary: () =>
			'Drei Wochen Ferienbetreuung für Kinder von 6 bis 12 Jahren – es sind noch Plätze frei.',
		body: (_y, v) =>
			`<p>Berufstätige Eltern wissen: Sechs Wochen Sommerferien sind lang. Deshalb bieten Bündnispartner und Betriebe gemeinsam eine Ferienbetreuung an – in diesem Jahr in den ${pick(['ersten drei', 'letzten drei', 'mittleren drei'], v)} Ferienwochen.</p><p>Die Kinder erwartet ein buntes Programm mit Ausflügen, Sport und Spiel. Die Betreuung läuft von 7:30 bis 16 Uhr. Bitte melden Sie Ihr Kind bis Ende der Woche im Familienbüro an. Geschwisterkinder erhalten eine Ermäßigung.</p>`
	},
	{
		month: 8,
		day: 21,
		title: (y, v) =>
			pick(
				[
					`Väter-Kind-Wochenende am See ${y}`,
					`Väter-Kind-Zelten ${y}: Ein Wochenende voller Abenteuer`
				],
				v
			),
		summary: () =>
			'Ein Wochenende nur für Väter und ihre Kinder: zelten, paddeln, Stockbrot am Lagerfeuer.',
		body: () =>
			'<p>Zwölf Väter und achtzehn Kinder haben ein Wochenende am Waldsee verbracht. Sie haben Zelte aufgebaut, sind Kanu gefahren und haben abends am Lagerfeuer Stockbrot gebacken.</p><p>„So viel Zeit nur für uns beide hatten wir lange nicht“, erzählte ein Vater zum Abschied. Das Angebot wird vom Familienzentrum Am Markt organisiert und soll im nächsten Jahr wieder stattfinden.</p>'
	},
	{
		month: 9,
		day: 9,
		title: (_y, v) =>
			pick(
				[
					'Neuer Familienwegweiser erschienen',
					'Familienwegweiser: Fehlt Ihr Angebot noch?',
					'Familienwegweiser jetzt auch in Leichter Sprache'
				],
				v
			),
		summary: () =>
			'Der Familienwegweiser bündelt alle Angebote für Familien in Musterstadt an einem Ort.',
		body: (_y, v) =>
			`<p>Wo gibt es eine Krabbelgruppe? Wer hilft bei Fragen zum Elterngeld? Wo finde ich eine Hausaufgabenhilfe? Antworten auf diese und viele weitere Fragen gibt der Familienwegweiser.</p><p>${pick(['Die neue Ausgabe liegt ab sofort kostenlos im Rathaus, in Kitas, Schulen und Arztpraxen aus.', 'Wir aktualisieren den Wegweiser gerade. Bündnispartner, deren Angebot noch fehlt, melden sich bitte bis Ende Oktober bei uns.', 'Damit ihn alle verstehen, gibt es den Wegweiser jetzt auch in Leichter Sprache. Er wurde gemeinsam mit einer Prüfgruppe erstellt.'], v)}</p>`
	},
	{
		month: 9,
		day: 18,
		title: (y) => `Weltkindertag ${y}: Spielstraße in der Innenstadt`,
		summary: () => 'Zum Weltkindertag gehört die Bahnhofstraße einen Nachmittag lang den Kindern.',
		body: () =>
			'<p>Am 20. September ist Weltkindertag – und die Bahnhofstraße wird von 14 bis 18 Uhr zur Spielstraße. Mit Kreide malen, Rollschuh fahren, Riesen-Mikado spielen: Der Platz gehört den Kindern.</p><p>Unsere Bündnispartner informieren an Ständen über Kinderrechte. Alle Angebote sind kostenlos.</p>'
	},
	{
		month: 10,
		day: 7,
		title: (y) => `Herbstferien ${y}: Kreativwerkstatt im Jugendzentrum`,
		summary: () =>
			'Malen, Werken und Theaterspielen: In den Herbstferien öffnet die Kreativwerkstatt.',
		body: (_y, v) =>
			`<p>In der ersten Herbstferienwoche lädt das Jugendzentrum Kinder von 8 bis 13 Jahren in die Kreativwerkstatt ein. In diesem Jahr dreht sich alles um ${pick(['Masken und Figurentheater', 'Trickfilme mit dem Tablet', 'Holzarbeiten und Upcycling'], v)}.</p><p>Die Teilnahme kostet 10 Euro für die ganze Woche; mit dem Familienpass ist sie kostenlos. Anmeldung direkt im Jugendzentrum.</p>`
	},
	{
		month: 10,
		day: 24,
		title: (_y, v) =>
			pick(
				[
					'Umfrage: Welche Angebote fehlen Familien in Musterstadt?',
					'Ergebnisse der Familienumfrage',
					'Elterncafé im Familienzentrum startet wieder'
				],
				v
			),
		summary: (_y, v) =>
			pick(
				[
					'Ihre Meinung ist gefragt: Sagen Sie uns, was Familien in Musterstadt brauchen.',
					'Mehr Betreuung in Randzeiten und bezahlbare Freizeitangebote: Das wünschen sich Familien.',
					'Jeden Mittwochvormittag treffen sich Eltern mit kleinen Kindern zum Austausch.'
				],
				v
			),
		body: (_y, v) =>
			pick(
				[
					'<p>Was läuft gut in Musterstadt, was fehlt? Mit einer kurzen Umfrage möchten wir herausfinden, welche Angebote Familien sich wünschen. Das Ausfüllen dauert etwa zehn Minuten und ist anonym.</p><p>Die Fragebögen gibt es in Kitas, Schulen und im Rathaus – auf Deutsch, Türkisch, Arabisch und Ukrainisch.</p>',
					'<p>Über 600 Familien haben an unserer Umfrage teilgenommen – vielen Dank! Die wichtigsten Wünsche: Kinderbetreuung auch am frühen Morgen und am späten Nachmittag, günstige Freizeitangebote für Jugendliche und mehr Informationen in einfacher Sprache.</p><p>Die Arbeitsgruppen greifen diese Ergebnisse auf. Wir berichten beim nächsten Plenum, was daraus geworden ist.</p>',
					'<p>Nach der Sommerpause öffnet das Elterncafé im Familienzentrum Am Markt wieder: jeden Mittwoch von 9:30 bis 11:30 Uhr. Eltern mit Kindern bis drei Jahre sind herzlich eingeladen.</p><p>Bei Kaffee und Tee können Sie sich austauschen, während die Kleinen spielen. Eine Hebamme ist einmal im Monat dabei und beantwortet Ihre Fragen.</p>'
				],
				v
			)
	},
	{
		month: 11,
		day: 13,
		title: (y) => `Bundesweiter Vorlesetag ${y} in der Stadtbibliothek`,
		summary: () =>
			'Bekannte Musterstädterinnen und Musterstädter lesen Kindern aus ihren Lieblingsbüchern vor.',
		body: (_y, v) =>
			`<p>Zum Bundesweiten Vorlesetag lesen in der Stadtbibliothek ${pick(['die Bürgermeisterin, ein Feuerwehrmann und eine Bäckermeisterin', 'Spielerinnen des Handballvereins und der Schulleiter der Grundschule Am Park', 'Großeltern aus dem Seniorenbeirat'], v)} aus ihren Lieblingsbüchern vor.</p><p>Die Lesungen für Kinder ab vier Jahren beginnen um 15 und um 16 Uhr. Der Eintritt ist frei.</p>`
	},
	{
		month: 11,
		day: 27,
		title: (y) => `Weihnachtsmarkt ${y}: Bastelstand des Bündnisses`,
		summary: () =>
			'An allen Adventswochenenden basteln wir mit Kindern Sterne, Karten und kleine Geschenke.',
		body: () =>
			'<p>Auch in diesem Jahr ist das Bündnis mit einem Stand auf dem Weihnachtsmarkt vertreten. An allen Adventswochenenden können Kinder bei uns Sterne falten, Weihnachtskarten gestalten und kleine Geschenke basteln – kostenlos.</p><p>Eltern erhalten am Stand Informationen zu den Angeboten unserer Bündnispartner. Wir freuen uns auf Ihren Besuch!</p>'
	},
	{
		month: 12,
		day: 18,
		title: (y) => `Jahresrückblick ${y}: Danke an alle Engagierten`,
		summary: () =>
			'Ein bewegtes Jahr geht zu Ende. Wir sagen Danke – und wünschen Ihnen frohe Feiertage.',
		body: (_y, v) =>
			`<p>Ein bewegtes Jahr liegt hinter uns: Das Familienfest, die Ferienbetreuung, die Pflege-Sprechstunde und viele kleine Aktionen waren nur möglich, weil sich so viele Menschen engagieren. Dafür danken wir allen Bündnispartnern, Ehrenamtlichen und Unterstützern von Herzen.</p><p>${pick(['Besonders gefreut haben wir uns über sechs neue Bündnispartner.', 'Ein Höhepunkt war die Auszeichnung familienfreundlicher Arbeitgeber.', 'Besonders stolz sind wir auf den neuen Familienwegweiser.'], v)}</p><p>Wir wünschen Ihnen und Ihren Familien frohe Feiertage und einen guten Start ins neue Jahr!</p>`
	}
];

function cap(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The `count` most recent demo posts up to `now`, oldest first, within the last three years. */
export function demoNews(now: Date, count = 55): DemoNews[] {
	const from = new Date(now);
	from.setUTCFullYear(from.getUTCFullYear() - 3);
	const all: DemoNews[] = [];
	for (let year = now.getUTCFullYear() - 3; year <= now.getUTCFullYear(); year++) {
		const v = year % 4;
		for (const item of ITEMS) {
			const at = new Date(Date.UTC(year, item.month - 1, item.day, 8 + (item.day % 4), 0, 0));
			if (at <= from || at >= now) continue;
			all.push({
				title: item.title(year, v),
				summary: item.summary(year, v),
				body: item.body(year, v),
				publishedAt: at.toISOString(),
				withImage: item.withImage ?? false
			});
		}
	}
	all.sort((x, y) => x.publishedAt.localeCompare(y.publishedAt));
	const recent = all.slice(-count);
	// A variant that comes round again gets its year, so every headline is distinct.
	const seen = new Set<string>();
	for (const item of recent) {
		if (seen.has(item.title)) item.title = `${item.title} (${item.publishedAt.slice(0, 4)})`;
		seen.add(item.title);
	}
	return recent;
}
