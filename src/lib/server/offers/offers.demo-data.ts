/*
 * Fictional offers of the demo alliance "Musterstadt" (Familienwegweiser). Names, addresses,
 * people and numbers are invented; .example addresses and 0123 numbers reach nobody.
 * `partner` names a demo partner (partners.demo-data.ts); its address is used unless `street`
 * is given. Hours in the text form of offer-hours-text.ts.
 */

export interface DemoOffer {
	name: string;
	partner?: string;
	/** A provider that is not a partner of the alliance */
	other?: string;
	categories: string[];
	summary: string;
	description?: string;
	/** Months; null = no limit */
	ages?: [number | null, number | null];
	cost: 'free' | 'amount' | 'reduced';
	costText?: string;
	languages?: string[];
	access: ('walk_in' | 'appointment' | 'registration' | 'referral')[];
	accessNote?: string;
	hours?: string;
	hoursNote?: string;
	street?: string;
	district?: string;
	place?: string;
	wheelchair?: boolean;
	phone?: string;
	email?: string;
	/** Months since the offer was last checked (default: a few weeks) */
	checkedMonthsAgo?: number;
}

const FZ = 'Familienzentrum Am Hafen';
const FB = 'Stadt Musterstadt – Familienbüro';
const CARITAS = 'Caritasverband Musterstadt e. V.';
const DIAKONIE = 'Diakonisches Werk Musterstadt';
const MGH = 'Mehrgenerationenhaus Eichenau';
const VHS = 'Volkshochschule Musterstadt';
const JA = 'Jugendamt der Stadt Musterstadt';
const KSB = 'Kinderschutzbund Ortsverband Musterstadt e. V.';

export const DEMO_OFFERS: DemoOffer[] = [
	// Schwangerschaft und Geburt
	{
		name: 'Hebammensprechstunde ohne Termin',
		partner: 'Hebammenpraxis Nestwärme',
		categories: ['schwangerschaft-geburt', 'gesundheit'],
		summary: 'Fragen rund um Schwangerschaft, Geburt und Wochenbett – einfach vorbeikommen.',
		description:
			'Sie sind schwanger oder haben gerade ein Baby bekommen und suchen noch eine Hebamme? In unserer offenen Sprechstunde beantworten wir Ihre Fragen, wiegen Ihr Baby und helfen beim Stillen.\n\nAuch wenn Sie noch keine eigene Hebamme gefunden haben, sind Sie herzlich willkommen.',
		ages: [null, 12],
		cost: 'free',
		languages: ['de', 'en', 'pl'],
		access: ['walk_in'],
		hours: 'Di 10:00-12:00; Do 15:00-17:00',
		wheelchair: true
	},
	{
		name: 'Geburtsvorbereitungskurs für Paare',
		partner: 'Hebammenpraxis Nestwärme',
		categories: ['schwangerschaft-geburt'],
		summary: 'Sieben Abende zur Vorbereitung auf die Geburt – für Schwangere und ihre Begleitung.',
		cost: 'amount',
		costText: 'Für Schwangere übernimmt die Krankenkasse die Kosten, für Partner 80 €.',
		access: ['registration'],
		accessNote: 'Anmeldung ab der 20. Schwangerschaftswoche empfohlen.',
		hours: 'Mi 19:00-21:00'
	},
	{
		name: 'Schwangerschaftsberatung',
		partner: CARITAS,
		categories: ['schwangerschaft-geburt', 'beratung-hilfe', 'geld-leistungen'],
		summary: 'Vertrauliche Beratung in der Schwangerschaft, auch zu Geld und Anträgen.',
		description:
			'Wir beraten Sie vertraulich und kostenlos – zu allen Fragen rund um Schwangerschaft, zu finanziellen Hilfen wie der Bundesstiftung Mutter und Kind und zu Ihren Rechten bei der Arbeit.',
		cost: 'free',
		languages: ['de', 'en', 'ar', 'ru'],
		access: ['appointment'],
		hours: 'Mo-Do 09:00-12:00; Di 14:00-17:00',
		wheelchair: true
	},
	{
		name: 'Willkommensbesuch für Neugeborene',
		partner: FB,
		categories: ['schwangerschaft-geburt', 'baby-kleinkind'],
		summary: 'Wir besuchen Sie nach der Geburt zu Hause und bringen ein Begrüßungspaket mit.',
		ages: [0, 6],
		cost: 'free',
		languages: ['de', 'tr', 'ar'],
		access: ['appointment'],
		accessNote: 'Wir schreiben Ihnen nach der Geburt; Sie können auch selbst anrufen.'
	},
	{
		name: 'Rückbildungsgymnastik mit Baby',
		partner: 'TuS Eichenau 1908 e. V.',
		categories: ['schwangerschaft-geburt', 'gesundheit', 'freizeit-sport'],
		summary: 'Sanfte Gymnastik nach der Geburt – das Baby ist dabei.',
		ages: [2, 12],
		cost: 'reduced',
		costText: '45 € für 8 Termine, mit Familienpass 20 €',
		access: ['registration'],
		hours: 'Fr 10:00-11:00'
	},
	// Baby und Kleinkind
	{
		name: 'Krabbelgruppe „Kleine Hafenmäuse“',
		partner: FZ,
		categories: ['baby-kleinkind'],
		summary: 'Spielen, singen, andere Eltern kennenlernen – wir sprechen Deutsch und Türkisch.',
		description:
			'Jeden Mittwochvormittag treffen sich Eltern mit ihren Kleinsten im Spielzimmer des Familienzentrums. Es gibt Tee, Zeit zum Reden und viel Platz zum Krabbeln.\n\nUnsere Gruppenleiterin spricht Deutsch und Türkisch – Türkçe konuşan aileler de çok hoş geldiniz!',
		ages: [6, 36],
		cost: 'free',
		languages: ['de', 'tr'],
		access: ['walk_in'],
		hours: 'Mi 09:30-11:00',
		wheelchair: true
	},
	{
		name: 'Elterncafé am Hafen',
		partner: FZ,
		categories: ['baby-kleinkind', 'beratung-hilfe', 'migration-sprache'],
		summary: 'Offener Treffpunkt für Eltern mit Kaffee, Kuchen und Spielecke.',
		description:
			'Im Elterncafé kommen Eltern aus dem ganzen Viertel zusammen. Die Kinder spielen, die Großen reden – und wer eine Frage hat, findet hier jemanden, der weiterhilft.',
		cost: 'free',
		languages: ['de', 'tr', 'ar', 'en'],
		access: ['walk_in'],
		hours: 'Mo 15:00-17:00; Do 09:30-11:30',
		wheelchair: true
	},
	{
		name: 'Babymassage-Kurs',
		partner: FZ,
		categories: ['baby-kleinkind', 'gesundheit'],
		summary: 'Berührung, die gut tut: fünf Treffen für Eltern mit Babys bis zum Krabbelalter.',
		ages: [1, 9],
		cost: 'reduced',
		costText: '25 €, mit Familienpass kostenlos',
		access: ['registration'],
		hours: 'Di 10:00-11:00',
		checkedMonthsAgo: 13
	},
	{
		name: 'PEKiP-Gruppe',
		partner: 'Evangelische Kirchengemeinde Musterstadt-Nord',
		categories: ['baby-kleinkind'],
		summary: 'Prager Eltern-Kind-Programm für das erste Lebensjahr.',
		ages: [1, 12],
		cost: 'amount',
		costText: '90 € für 10 Treffen',
		access: ['registration'],
		hours: 'Do 09:30-11:00'
	},
	{
		name: 'Eltern-Kind-Turnen',
		partner: 'TuS Eichenau 1908 e. V.',
		categories: ['baby-kleinkind', 'freizeit-sport'],
		summary:
			'Klettern, rollen, balancieren – Bewegung für Kinder ab dem Laufalter mit Mama oder Papa.',
		ages: [18, 48],
		cost: 'reduced',
		costText: 'Vereinsbeitrag 8 € im Monat, mit Familienpass 4 €',
		access: ['walk_in'],
		accessNote: 'Zwei Schnupperstunden sind kostenlos.',
		hours: 'Sa 10:00-11:00'
	},
	{
		name: 'Vorlesestunde für die Kleinsten',
		partner: 'Stadtbibliothek Musterstadt',
		categories: ['baby-kleinkind', 'freizeit-sport', 'migration-sprache'],
		summary: 'Bilderbücher, Fingerspiele und Reime – auch auf Arabisch und Ukrainisch.',
		ages: [12, 48],
		cost: 'free',
		languages: ['de', 'ar', 'uk'],
		access: ['walk_in'],
		hours: 'Fr 10:00-10:45',
		wheelchair: true
	},
	// Kinderbetreuung
	{
		name: 'Kita-Platz-Beratung',
		partner: FB,
		categories: ['kinderbetreuung', 'beratung-hilfe'],
		summary: 'Hilfe bei der Suche nach einem Platz in Kita oder Kindertagespflege.',
		ages: [0, 72],
		cost: 'free',
		languages: ['de', 'en', 'tr'],
		access: ['walk_in', 'appointment'],
		hours: 'Mo-Fr 08:30-12:00; Do 14:00-18:00',
		wheelchair: true
	},
	{
		name: 'Kindertagespflege vermitteln',
		partner: 'Kindertagespflege-Netz Musterstadt',
		categories: ['kinderbetreuung'],
		summary: 'Wir vermitteln Tagesmütter und Tagesväter in allen Stadtteilen.',
		ages: [0, 36],
		cost: 'reduced',
		costText: 'Elternbeitrag nach Einkommen',
		access: ['appointment'],
		hours: 'Mo-Do 09:00-13:00'
	},
	{
		name: 'Kita Sonnenblume – Ganztagsbetreuung',
		partner: 'Kita Sonnenblume',
		categories: ['kinderbetreuung'],
		summary: 'Ganztags-Kita mit 75 Plätzen und eigener Krippengruppe.',
		ages: [12, 72],
		cost: 'reduced',
		costText: 'Elternbeitrag nach Einkommen, Geschwister beitragsfrei',
		access: ['registration'],
		accessNote: 'Anmeldung über das Kita-Portal der Stadt.',
		hours: 'Mo-Fr 07:00-17:00',
		wheelchair: true
	},
	{
		name: 'Waldgruppe für Kinder ab drei',
		partner: 'Waldkindergarten Eichhörnchen e. V.',
		categories: ['kinderbetreuung', 'freizeit-sport'],
		summary: 'Kindergarten unter freiem Himmel – bei jedem Wetter im Eichenauer Wald.',
		ages: [36, 72],
		cost: 'reduced',
		costText: 'Elternbeitrag nach Einkommen',
		access: ['registration'],
		hours: 'Mo-Fr 08:00-13:30'
	},
	{
		name: 'Ferienbetreuung in den Sommerferien',
		partner: FB,
		categories: ['kinderbetreuung', 'freizeit-sport', 'beruf-familie'],
		summary: 'Drei Wochen Programm für Grundschulkinder, während die Eltern arbeiten.',
		ages: [72, 132],
		cost: 'reduced',
		costText: '60 € pro Woche, mit Familienpass 15 €',
		access: ['registration'],
		accessNote: 'Anmeldung ab März im Familienbüro.'
	},
	{
		name: 'Notfallbetreuung „Kinderbrücke“',
		partner: 'Förderverein Familie Musterstadt e. V.',
		categories: ['kinderbetreuung', 'beruf-familie', 'alleinerziehende'],
		summary:
			'Wenn die Kita zu hat oder das Kind krank ist: geschulte Betreuerinnen kommen zu Ihnen.',
		ages: [6, 144],
		cost: 'reduced',
		costText: '8 € pro Stunde, für Alleinerziehende 3 €',
		access: ['appointment'],
		phone: '0123 456 55-0'
	},
	// Schule
	{
		name: 'Hausaufgabenhilfe im Mehrgenerationenhaus',
		partner: MGH,
		categories: ['schule', 'migration-sprache'],
		summary: 'Ehrenamtliche helfen Schulkindern bei den Hausaufgaben – montags bis donnerstags.',
		ages: [72, 192],
		cost: 'free',
		languages: ['de', 'ru', 'en'],
		access: ['walk_in'],
		hours: 'Mo-Do 14:00-16:00',
		wheelchair: true
	},
	{
		name: 'Lernpaten für Grundschulkinder',
		partner: 'Grundschule am Hafen',
		categories: ['schule'],
		summary:
			'Eine feste Patin oder ein fester Pate liest und lernt einmal pro Woche mit Ihrem Kind.',
		ages: [72, 120],
		cost: 'free',
		languages: ['de', 'tr'],
		access: ['referral'],
		accessNote: 'Die Klassenlehrerin vermittelt.'
	},
	{
		name: 'Schulsozialarbeit an der Gesamtschule',
		partner: 'Gesamtschule Südfeld',
		categories: ['schule', 'beratung-hilfe'],
		summary: 'Ansprechpartnerin für Schülerinnen, Schüler und Eltern bei Sorgen und Streit.',
		ages: [120, 228],
		cost: 'free',
		access: ['walk_in', 'appointment'],
		hours: 'Mo-Fr 08:00-13:00'
	},
	{
		name: 'Übergang Kita–Schule: Elternabend',
		partner: 'Städtische Kita Am Wasserturm',
		categories: ['schule', 'kinderbetreuung'],
		summary: 'Was braucht mein Kind für die Schule? Ein Abend mit Lehrkräften und Erzieherinnen.',
		ages: [48, 84],
		cost: 'free',
		access: ['registration']
	},
	{
		name: 'Lerncafé für Jugendliche',
		partner: 'Stadtbibliothek Musterstadt',
		categories: ['schule', 'freizeit-sport'],
		summary: 'Ruhiger Lernort mit WLAN, Laptops und Hilfe beim Bewerben.',
		ages: [144, 252],
		cost: 'free',
		access: ['walk_in'],
		hours: 'Di-Fr 14:00-19:00; Sa 10:00-14:00',
		wheelchair: true
	},
	// Freizeit und Sport
	{
		name: 'Kinderturnen',
		partner: 'TuS Eichenau 1908 e. V.',
		categories: ['freizeit-sport'],
		summary: 'Turnen, Spielen und Toben für Kinder von vier bis sechs Jahren.',
		ages: [48, 84],
		cost: 'reduced',
		costText: 'Vereinsbeitrag 8 € im Monat, mit Familienpass 4 €',
		access: ['walk_in'],
		hours: 'Di 16:00-17:00'
	},
	{
		name: 'Offener Kindertreff',
		partner: MGH,
		categories: ['freizeit-sport'],
		summary: 'Basteln, Kickern, Kochen – offener Treff für Kinder von 6 bis 12.',
		ages: [72, 144],
		cost: 'free',
		access: ['walk_in'],
		hours: 'Mo-Fr 15:00-18:00',
		wheelchair: true
	},
	{
		name: 'Familienschwimmen',
		other: 'Hallenbad Musterstadt',
		categories: ['freizeit-sport', 'gesundheit'],
		summary: 'Sonntags gehört das Lehrschwimmbecken den Familien.',
		cost: 'reduced',
		costText: 'Familienkarte 9 €, mit Familienpass 4 €',
		access: ['walk_in'],
		hours: 'So 10:00-13:00',
		street: 'Badstraße 5',
		district: 'Südfeld',
		place: 'Hallenbad Musterstadt',
		wheelchair: true
	},
	{
		name: 'Jugendtreff „Hafenkante“',
		partner: JA,
		categories: ['freizeit-sport'],
		summary: 'Treffpunkt für Jugendliche ab 12 mit Musikraum und Werkstatt.',
		ages: [144, 216],
		cost: 'free',
		languages: ['de', 'tr', 'ar'],
		access: ['walk_in'],
		hours: 'Di-Fr 15:00-20:00',
		street: 'Werftstraße 8',
		district: 'Am Hafen'
	},
	{
		name: 'Ferienspiele im Eichenauer Wald',
		partner: 'Waldkindergarten Eichhörnchen e. V.',
		categories: ['freizeit-sport'],
		summary: 'Eine Woche Hütten bauen, Tiere beobachten und Stockbrot backen.',
		ages: [72, 144],
		cost: 'reduced',
		costText: '70 €, mit Familienpass 20 €',
		access: ['registration']
	},
	// Beratung und Hilfe
	{
		name: 'Erziehungsberatung',
		partner: CARITAS,
		categories: ['beratung-hilfe'],
		summary: 'Wenn es in der Familie schwierig wird: vertrauliche Beratung für Eltern und Kinder.',
		description:
			'Unsere Beraterinnen und Berater sind für Eltern, Kinder und Jugendliche da – bei Streit, Sorgen um die Entwicklung, Trennung oder wenn einfach alles zu viel wird.\n\nDie Beratung ist vertraulich und kostenlos.',
		cost: 'free',
		languages: ['de', 'en', 'fa'],
		access: ['appointment'],
		hours: 'Mo-Fr 09:00-12:00; Mo,Mi 14:00-18:00'
	},
	{
		name: 'Sprechstunde der Erziehungsberatung im Familienzentrum',
		partner: FZ,
		categories: ['beratung-hilfe'],
		summary: 'Einmal pro Woche berät die Erziehungsberatung direkt im Familienzentrum.',
		cost: 'free',
		languages: ['de', 'tr'],
		access: ['walk_in'],
		hours: 'Fr 09:00-11:00'
	},
	{
		name: 'Kinder- und Jugendtelefon',
		partner: KSB,
		categories: ['beratung-hilfe'],
		summary: 'Anonym und kostenlos reden – wenn dich etwas bedrückt.',
		ages: [72, 252],
		cost: 'free',
		access: ['walk_in'],
		accessNote: 'Einfach anrufen – Sie müssen Ihren Namen nicht sagen.',
		hours: 'Mo-Sa 14:00-20:00',
		phone: '0123 456 44-0'
	},
	{
		name: 'Familienpatenschaften',
		partner: KSB,
		categories: ['beratung-hilfe', 'alleinerziehende'],
		summary: 'Ehrenamtliche Patinnen und Paten entlasten Familien im Alltag.',
		cost: 'free',
		access: ['appointment']
	},
	{
		name: 'Frühe Hilfen – Familienhebamme',
		partner: JA,
		categories: ['beratung-hilfe', 'baby-kleinkind', 'gesundheit'],
		summary:
			'Eine Familienhebamme begleitet Sie im ersten Lebensjahr, wenn Sie Unterstützung brauchen.',
		ages: [0, 12],
		cost: 'free',
		languages: ['de', 'en', 'ar'],
		access: ['appointment', 'referral'],
		hours: 'Mo-Fr 09:00-12:00'
	},
	// Gesundheit
	{
		name: 'Ernährungsberatung für Familien',
		partner: 'Diakonisches Werk Musterstadt',
		categories: ['gesundheit'],
		summary: 'Gesund und günstig kochen – Beratung und Kochabende für Familien.',
		cost: 'free',
		access: ['registration'],
		hours: 'Do 17:00-19:30'
	},
	{
		name: 'Gesprächsgruppe für Eltern mit Sorgen um die Seele',
		partner: DIAKONIE,
		categories: ['gesundheit', 'beratung-hilfe'],
		summary:
			'Austausch für Eltern, die selbst psychisch belastet sind – angeleitet und vertraulich.',
		cost: 'free',
		access: ['appointment'],
		hours: 'Di 18:00-19:30'
	},
	{
		name: 'Zahnputz-Nachmittag',
		other: 'Gesundheitsamt Musterstadt',
		categories: ['gesundheit', 'baby-kleinkind'],
		summary: 'Spielerisch Zähne putzen lernen – mit kostenloser Zahnbürste.',
		ages: [12, 72],
		cost: 'free',
		access: ['walk_in'],
		hours: 'Mi 15:00-16:30',
		street: 'Am Stadtpark 2',
		district: 'Altstadt',
		place: 'Gesundheitsamt'
	},
	// Pflege von Angehörigen
	{
		name: 'Pflegeberatung für Angehörige',
		partner: 'Pflegedienst Hand in Hand',
		categories: ['pflege-angehoerige', 'beratung-hilfe'],
		summary:
			'Ihre Mutter, Ihr Vater braucht Pflege? Wir beraten Sie zu Pflegegrad, Hilfen und Entlastung.',
		description:
			'In unserer Pflegeberatungsstelle bekommen Angehörige Antworten auf die ersten und die schwierigen Fragen: Wie beantrage ich einen Pflegegrad? Welche Leistungen stehen uns zu? Wer hilft, wenn ich selbst einmal ausfalle?\n\nKommen Sie in die offene Sprechstunde oder vereinbaren Sie einen Termin – auch für einen Hausbesuch.',
		ages: [null, null],
		cost: 'free',
		languages: ['de', 'pl', 'ru'],
		access: ['walk_in', 'appointment'],
		hours: 'Mo-Fr 09:00-12:00; Di,Do 14:00-17:00',
		wheelchair: true,
		phone: '0123 456 33-0',
		email: 'pflegeberatung@pflegedienst-hand-in.example'
	},
	{
		name: 'Gesprächskreis für pflegende Angehörige',
		partner: MGH,
		categories: ['pflege-angehoerige'],
		summary: 'Einmal im Monat: Erfahrungen teilen, Kraft tanken, Tipps bekommen.',
		cost: 'free',
		access: ['walk_in'],
		hours: 'Mi 17:00-18:30',
		hoursNote: 'Jeden ersten Mittwoch im Monat.'
	},
	{
		name: 'Betreuungsgruppe für Menschen mit Demenz',
		partner: DIAKONIE,
		categories: ['pflege-angehoerige'],
		summary: 'Drei Stunden Betreuung am Nachmittag – damit Angehörige Luft holen können.',
		cost: 'reduced',
		costText: 'Über den Entlastungsbetrag der Pflegekasse abrechenbar',
		access: ['registration'],
		hours: 'Di,Fr 14:00-17:00'
	},
	{
		name: 'Beruf und Pflege vereinbaren – Beratung für Beschäftigte',
		partner: 'Gleichstellungsstelle der Stadt Musterstadt',
		categories: ['pflege-angehoerige', 'beruf-familie'],
		summary: 'Pflegezeit, Familienpflegezeit, Gespräche mit dem Arbeitgeber: wir beraten Sie.',
		cost: 'free',
		access: ['appointment'],
		hours: 'Do 14:00-17:00'
	},
	// Geld und Leistungen
	{
		name: 'Familienpass Musterstadt',
		partner: FB,
		categories: ['geld-leistungen'],
		summary:
			'Mit dem Familienpass zahlen Familien mit kleinem Einkommen weniger – in Bad, Bibliothek, Vereinen und Kursen.',
		cost: 'free',
		languages: ['de', 'en', 'tr', 'ar', 'uk'],
		access: ['walk_in'],
		accessNote: 'Bitte bringen Sie einen Einkommensnachweis mit.',
		hours: 'Mo-Fr 08:30-12:00; Do 14:00-18:00',
		wheelchair: true
	},
	{
		name: 'Hilfe beim Elterngeld-Antrag',
		partner: FB,
		categories: ['geld-leistungen', 'schwangerschaft-geburt'],
		summary: 'Wir füllen den Antrag auf Elterngeld mit Ihnen gemeinsam aus.',
		cost: 'free',
		languages: ['de', 'en'],
		access: ['appointment']
	},
	{
		name: 'Schuldnerberatung',
		partner: DIAKONIE,
		categories: ['geld-leistungen', 'beratung-hilfe'],
		summary: 'Wenn die Rechnungen über den Kopf wachsen: kostenlose, vertrauliche Beratung.',
		cost: 'free',
		access: ['appointment'],
		hours: 'Mo,Mi 09:00-12:00'
	},
	{
		name: 'Lebensmittelausgabe der Tafel',
		partner: 'Tafel Musterstadt e. V.',
		categories: ['geld-leistungen'],
		summary: 'Lebensmittel für Menschen mit kleinem Einkommen – zweimal pro Woche.',
		cost: 'reduced',
		costText: '2 € pro Einkauf',
		languages: ['de', 'ru', 'ar', 'uk'],
		access: ['registration'],
		accessNote: 'Einmalig mit Nachweis anmelden (z. B. Bürgergeld-Bescheid).',
		hours: 'Di,Fr 13:00-15:30'
	},
	{
		name: 'Kinderkleiderkammer',
		partner: 'Katholische Pfarrei St. Marien',
		categories: ['geld-leistungen', 'baby-kleinkind'],
		summary: 'Gut erhaltene Kinderkleidung und Spielsachen für wenig Geld.',
		cost: 'reduced',
		costText: 'Jedes Teil 50 Cent',
		access: ['walk_in'],
		hours: 'Do 15:00-18:00',
		checkedMonthsAgo: 19
	},
	// Beruf und Familie
	{
		name: 'Wiedereinstieg nach der Elternzeit',
		partner: VHS,
		categories: ['beruf-familie'],
		summary: 'Kurs und Beratung für Mütter und Väter, die zurück in den Beruf wollen.',
		cost: 'reduced',
		costText: '40 €, mit Familienpass kostenlos',
		access: ['registration'],
		hours: 'Mo 09:00-12:00',
		wheelchair: true
	},
	{
		name: 'Beratung zur Vereinbarkeit für Unternehmen',
		partner: 'Gleichstellungsstelle der Stadt Musterstadt',
		categories: ['beruf-familie'],
		summary: 'Wie wird unser Betrieb familienfreundlich? Beratung für Arbeitgeber.',
		cost: 'free',
		access: ['appointment']
	},
	{
		name: 'Eltern-Kind-Büro',
		partner: 'Stadtwerke Musterstadt GmbH',
		categories: ['beruf-familie', 'kinderbetreuung'],
		summary:
			'Ein Büro mit Spielecke, wenn die Betreuung kurzfristig ausfällt – auch für Partnerbetriebe.',
		cost: 'free',
		access: ['registration']
	},
	// Alleinerziehende
	{
		name: 'Treff für Alleinerziehende',
		partner: MGH,
		categories: ['alleinerziehende'],
		summary: 'Austausch, Frühstück und Kinderbetreuung – jeden zweiten Samstag.',
		cost: 'free',
		access: ['walk_in'],
		hours: 'Sa 10:00-12:30',
		hoursNote: 'Jeden zweiten und vierten Samstag im Monat.'
	},
	{
		name: 'Beratung für Alleinerziehende',
		partner: CARITAS,
		categories: ['alleinerziehende', 'beratung-hilfe', 'geld-leistungen'],
		summary: 'Unterhalt, Unterhaltsvorschuss, Umgang: wir beraten und begleiten.',
		cost: 'free',
		languages: ['de', 'en'],
		access: ['appointment'],
		hours: 'Di 09:00-12:00'
	},
	{
		name: 'Ferienfreizeit für Ein-Eltern-Familien',
		partner: DIAKONIE,
		categories: ['alleinerziehende', 'freizeit-sport'],
		summary: 'Eine Woche Urlaub an der Nordsee für Alleinerziehende und ihre Kinder.',
		cost: 'reduced',
		costText: 'Eigenanteil nach Einkommen, ab 50 € pro Person',
		access: ['registration']
	},
	// Migration und Sprache
	{
		name: 'Deutschkurs mit Kinderbetreuung',
		partner: VHS,
		categories: ['migration-sprache', 'kinderbetreuung'],
		summary: 'Deutsch lernen, während die Kinder nebenan betreut werden.',
		cost: 'reduced',
		costText: 'Integrationskurs: meist kostenlos mit Berechtigung',
		languages: ['de', 'ar', 'uk', 'tr'],
		access: ['registration'],
		hours: 'Mo-Do 09:00-12:15',
		wheelchair: true
	},
	{
		name: 'Migrationsberatung für Familien',
		partner: CARITAS,
		categories: ['migration-sprache', 'beratung-hilfe'],
		summary: 'Aufenthalt, Anträge, Schule, Arbeit: Beratung für neu zugewanderte Familien.',
		cost: 'free',
		languages: ['de', 'ar', 'fa', 'ku', 'en', 'uk'],
		access: ['walk_in', 'appointment'],
		hours: 'Mo,Mi 09:00-12:00; Do 14:00-16:00'
	},
	{
		name: 'Mütter-Sprachcafé',
		partner: 'DITIB Moscheegemeinde Musterstadt',
		categories: ['migration-sprache'],
		summary: 'Deutsch sprechen üben in entspannter Runde – für Mütter, Kinder dürfen mit.',
		cost: 'free',
		languages: ['de', 'tr', 'ar'],
		access: ['walk_in'],
		hours: 'Di 09:30-11:00'
	},
	{
		name: 'Sprach- und Kulturmittler begleiten',
		partner: FB,
		categories: ['migration-sprache'],
		summary: 'Wir vermitteln Dolmetscherinnen für Termine bei Kita, Schule und Ärztin.',
		cost: 'free',
		languages: ['tr', 'ar', 'ru', 'uk', 'fa', 'ro', 'bg'],
		access: ['appointment']
	},
	// Behinderung und Inklusion
	{
		name: 'Frühförderung',
		partner: 'Astrid-Lindgren-Förderschule',
		categories: ['behinderung-inklusion', 'baby-kleinkind'],
		summary:
			'Förderung und Beratung für Kinder mit Entwicklungsverzögerung – von Geburt bis zur Einschulung.',
		ages: [0, 84],
		cost: 'free',
		access: ['appointment', 'referral'],
		hours: 'Mo-Fr 08:00-15:00',
		wheelchair: true
	},
	{
		name: 'Inklusive Schwimmgruppe',
		partner: 'TuS Eichenau 1908 e. V.',
		categories: ['behinderung-inklusion', 'freizeit-sport'],
		summary: 'Schwimmen für Kinder mit und ohne Behinderung – mit zusätzlichen Helfern im Wasser.',
		ages: [60, 168],
		cost: 'reduced',
		costText: '5 € pro Monat, mit Familienpass kostenlos',
		access: ['registration'],
		hours: 'Do 16:30-17:30',
		street: 'Badstraße 5',
		district: 'Südfeld',
		place: 'Hallenbad Musterstadt',
		wheelchair: true
	},
	{
		name: 'Ergänzende unabhängige Teilhabeberatung (EUTB)',
		other: 'EUTB Musterstadt',
		categories: ['behinderung-inklusion', 'beratung-hilfe'],
		summary:
			'Unabhängige Beratung zu Teilhabe, Assistenz und Anträgen – von Menschen mit eigener Erfahrung.',
		cost: 'free',
		languages: ['de', 'dgs'],
		access: ['walk_in', 'appointment'],
		hours: 'Mo-Do 10:00-15:00',
		street: 'Marktstraße 20',
		district: 'Altstadt',
		wheelchair: true
	},
	{
		name: 'Geschwistergruppe',
		partner: KSB,
		categories: ['behinderung-inklusion', 'freizeit-sport'],
		summary: 'Zeit nur für sich: Treffen für Geschwister von Kindern mit Behinderung.',
		ages: [72, 168],
		cost: 'free',
		access: ['registration'],
		hours: 'Sa 14:00-16:00'
	},
	{
		name: 'Eltern-Selbsthilfegruppe „Besondere Kinder“',
		partner: 'Evangelische Kirchengemeinde Musterstadt-Nord',
		categories: ['behinderung-inklusion', 'beratung-hilfe'],
		summary: 'Eltern von Kindern mit Behinderung tauschen sich aus und unterstützen einander.',
		cost: 'free',
		access: ['walk_in'],
		hours: 'Mo 19:30-21:00'
	}
];

/** Coordinates per district (fictional town; for the map link only). */
export const DISTRICT_POINTS: Record<string, [number, number]> = {
	Altstadt: [51.5332, 9.9352],
	Nordviertel: [51.5451, 9.9304],
	'Am Hafen': [51.5247, 9.9153],
	Südfeld: [51.5149, 9.9421],
	Eichenau: [51.5402, 9.9607]
};
