import { FB, CARITAS, DIAKONIE, MGH, VHS, KSB, type DemoOffer } from './offers.demo-providers.ts';

/*
 * Demo offers for particular situations: work and family, single parents, migration and
 * language, disability and inclusion.
 */

export const SITUATION_OFFERS: DemoOffer[] = [
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
