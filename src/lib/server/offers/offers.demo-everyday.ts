import {
	FZ,
	FB,
	CARITAS,
	DIAKONIE,
	MGH,
	JA,
	KSB,
	type DemoOffer
} from './offers.demo-providers.ts';

/*
 * Demo offers for everyday family life: leisure and sport, advice and help, health, caring
 * for relatives, money and benefits.
 */

export const EVERYDAY_OFFERS: DemoOffer[] = [
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
	}
];
