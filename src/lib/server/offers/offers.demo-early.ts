import { FZ, FB, CARITAS, MGH, type DemoOffer } from './offers.demo-providers.ts';

/*
 * Demo offers for the early years and school: pregnancy and birth, babies and toddlers,
 * childcare, school.
 */

export const EARLY_OFFERS: DemoOffer[] = [
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
	}
];
