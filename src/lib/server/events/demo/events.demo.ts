import type { ServiceContext } from '../../context.ts';
import { ensureDefaultTopics } from '../../topics/topic.service.ts';
import { createEvent } from '../core/create-event.service.ts';
import { setEventStatus } from '../core/event-status.service.ts';
import {
	SYSTEM_ACTOR,
	type EventInput,
	type EventStatus,
	type TargetGroup
} from '../core/event.types.ts';
import { cancelOccurrence, moveOccurrence } from '../core/occurrence.service.ts';
import { enableRegistration } from '../registration/registration-admin.service.ts';
import { addDays, localDate, localToUtcIso } from '../core/time-zone.ts';

/*
 * A year of events of the fictional "Lokales Bündnis für Familie Musterstadt" and its partners,
 * relative to today (two months back, twelve ahead) so that the demo always looks current.
 * Every name, place and number is invented. Uses the demo partners when they exist (see
 * partners/partners.demo.ts), otherwise the alliance organises everything itself.
 */

type WriteCtx = Pick<ServiceContext, 'db' | 'registry' | 'publicUrl'>;

const at = (date: string, time = '00:00'): string => {
	const iso = localToUtcIso(date, time);
	if (!iso) throw new Error(`bad demo date ${date} ${time}`);
	return iso;
};

/** The n-th weekday (0 Sunday … 6 Saturday) of a month; n = -1: the last one. */
function nthWeekday(year: number, month: number, weekday: number, n: number): string {
	if (n > 0) {
		const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
		const day = 1 + ((weekday - first + 7) % 7) + (n - 1) * 7;
		return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
	}
	const last = new Date(Date.UTC(year, month, 0));
	const back = (last.getUTCDay() - weekday + 7) % 7;
	return new Date(last.getTime() - back * 86_400_000).toISOString().slice(0, 10);
}

/** The first date on or after `from` that is the weekday (0 Sunday … 6 Saturday). */
function onOrAfter(from: string, weekday: number): string {
	const d = new Date(`${from}T12:00:00Z`);
	return addDays(from, (weekday - d.getUTCDay() + 7) % 7);
}

function monthsFrom(date: string, n: number): { year: number; month: number } {
	const d = new Date(`${date.slice(0, 7)}-01T12:00:00Z`);
	d.setUTCMonth(d.getUTCMonth() + n);
	return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 };
}

const PLACES = {
	hafen: {
		placeName: 'Familienzentrum Am Hafen',
		address: 'Kaistraße 12, 12349 Musterstadt',
		district: 'Am Hafen',
		latitude: 51.5318,
		longitude: 7.2311
	},
	rathaus: {
		placeName: 'Rathaus Musterstadt, Ratssaal',
		address: 'Rathausplatz 1, 12345 Musterstadt',
		district: 'Altstadt',
		latitude: 51.5362,
		longitude: 7.2164
	},
	bibliothek: {
		placeName: 'Stadtbibliothek, Kinderbereich',
		address: 'Marktstraße 5, 12345 Musterstadt',
		district: 'Altstadt',
		latitude: null,
		longitude: null
	},
	mgh: {
		placeName: 'Mehrgenerationenhaus Eichenau',
		address: 'Eichenweg 3, 12353 Musterstadt',
		district: 'Eichenau',
		latitude: null,
		longitude: null
	},
	turnhalle: {
		placeName: 'Turnhalle des TuS Eichenau',
		address: 'Sportplatzweg 8, 12353 Musterstadt',
		district: 'Eichenau',
		latitude: null,
		longitude: null
	},
	stadtpark: {
		placeName: 'Stadtpark Südfeld, Festwiese',
		address: 'Parkallee, 12351 Musterstadt',
		district: 'Südfeld',
		latitude: 51.5244,
		longitude: 7.2097
	},
	gemeinde: {
		placeName: 'Gemeindehaus der Ev. Kirchengemeinde Nord',
		address: 'Lindenstraße 4, 12347 Musterstadt',
		district: 'Nordviertel',
		latitude: null,
		longitude: null
	},
	schule: {
		placeName: 'Gesamtschule Südfeld, Mensa',
		address: 'Schulstraße 20, 12351 Musterstadt',
		district: 'Südfeld',
		latitude: null,
		longitude: null
	},
	marien: {
		placeName: 'Kirche St. Marien',
		address: 'Marienplatz 2, 12345 Musterstadt',
		district: 'Altstadt',
		latitude: null,
		longitude: null
	},
	vhs: {
		placeName: 'Volkshochschule, Raum 104',
		address: 'Bahnhofstraße 9, 12345 Musterstadt',
		district: 'Altstadt',
		latitude: null,
		longitude: null
	}
} as const;

type PlaceKey = keyof typeof PLACES;

interface DemoEvent {
	title: string;
	summary: string;
	description: string;
	start: string;
	end: string;
	allDay?: boolean;
	rrule?: string;
	exdates?: string[];
	place: PlaceKey;
	onlineUrl?: string;
	partner?: string;
	groups: TargetGroup[];
	topics: string[];
	cost?: { kind: 'free' | 'amount' | 'on_request'; cents?: number; note?: string };
	accessibility?: string;
	languages?: string[];
	highlight?: boolean;
	contact?: { name: string; email: string; phone?: string };
	status?: EventStatus;
	statusNote?: string;
	/** Takes registrations (see events/registration/) */
	registration?: { capacity: number | null; waitlist: boolean };
}

/** The demo events, computed from today. */
export function demoEvents(today: string): DemoEvent[] {
	const start = `${monthsFrom(today, -2).year}-${String(monthsFrom(today, -2).month).padStart(2, '0')}-01`;
	const month = (n: number) => monthsFrom(today, n);
	const inMonth = (n: number, weekday: number, nth: number) =>
		nthWeekday(month(n).year, month(n).month, weekday, nth);
	// The plenum: second Thursday of December this year, or next year's once it has passed.
	let plenumYear = Number(today.slice(0, 4));
	if (nthWeekday(plenumYear, 12, 4, 2) < today) plenumYear++;
	const plenum = nthWeekday(plenumYear, 12, 4, 2);
	const summer = (() => {
		const y = month(0).month <= 7 ? month(0).year : month(0).year + 1;
		return onOrAfter(`${y}-07-20`, 1);
	})();
	const autumn = (() => {
		const y = month(0).month <= 10 ? month(0).year : month(0).year + 1;
		return onOrAfter(`${y}-10-12`, 1);
	})();
	const easter = (() => {
		const y = month(0).month <= 3 ? month(0).year : month(0).year + 1;
		return onOrAfter(`${y}-03-30`, 1);
	})();
	const fest = (() => {
		const y = month(0).month <= 6 ? month(0).year : month(0).year + 1;
		return nthWeekday(y, 6, 6, 2);
	})();
	const martin = (() => {
		const y =
			month(0).month < 11 || (month(0).month === 11 && Number(today.slice(8)) <= 11)
				? month(0).year
				: month(0).year + 1;
		return `${y}-11-11`;
	})();
	const cafeStart = onOrAfter(start, 3);
	const reading = onOrAfter(start, 6);
	const babyStart = onOrAfter(addDays(today, 10), 5);
	const parentCourse = onOrAfter(addDays(today, 21), 2);

	return [
		{
			title: 'Elterncafé im Familienzentrum',
			summary:
				'Offener Treff für Mütter, Väter und alle, die kleine Kinder begleiten – mit Kaffee, Tee und Spielecke.',
			description:
				'<p>Jeden Mittwochvormittag ist unser Elterncafé geöffnet. Sie können einfach vorbeikommen, andere Eltern kennenlernen und Fragen rund um Schlaf, Essen und Kita loswerden. Eine Fachkraft des Familienzentrums ist immer dabei.</p><p>Kinder bis drei Jahre sind herzlich willkommen – es gibt eine Spielecke und einen Wickelraum.</p>',
			start: at(cafeStart, '09:30'),
			end: at(cafeStart, '11:30'),
			rrule: 'FREQ=WEEKLY;BYDAY=WE',
			// Closed between the years.
			exdates: [at(onOrAfter(`${Number(today.slice(0, 4))}-12-24`, 3), '09:30')],
			place: 'hafen',
			partner: 'Familienzentrum Am Hafen',
			groups: ['0-3', 'parents'],
			topics: ['familienzeit', 'teilhabe'],
			accessibility: 'Stufenloser Zugang, Wickelraum, Platz für Kinderwagen.',
			languages: ['de', 'tr', 'ar'],
			contact: {
				name: 'Aylin Demir',
				email: 'familienzentrum@musterstadt.example',
				phone: '0123 456 21-0'
			}
		},
		{
			title: 'Pflege-Sprechstunde',
			summary: 'Beratung für Angehörige: Pflegegrad, Entlastung, Pflege und Beruf vereinbaren.',
			description:
				'<p>Sie pflegen einen Angehörigen oder es steht bald an? In der Sprechstunde beraten wir Sie vertraulich und kostenlos: Welche Leistungen gibt es, wie beantrage ich einen Pflegegrad, was hilft mir im Alltag und im Beruf?</p><p>Eine Anmeldung ist nicht nötig.</p>',
			start: at(inMonth(-2, 2, 2), '16:00'),
			end: at(inMonth(-2, 2, 2), '18:00'),
			rrule: 'FREQ=MONTHLY;BYDAY=2TU',
			place: 'rathaus',
			partner: 'Pflegedienst Hand in Hand',
			groups: ['parents', 'grandparents'],
			topics: ['vereinbarkeit'],
			accessibility: 'Aufzug im Rathaus, barrierefreie Toilette im Erdgeschoss.',
			contact: {
				name: 'Pflegedienst Hand in Hand',
				email: 'beratung@handinhand.example',
				phone: '0123 456 33-0'
			}
		},
		{
			title: 'Offene Sprechstunde der Erziehungsberatung',
			summary: 'Wenn es zu Hause hakt: vertrauliche Beratung ohne Termin und ohne Wartezeit.',
			description:
				'<p>Trotzphase, Geschwisterstreit, Schulfrust oder Trennung: Die Fachkräfte der Erziehungsberatung hören zu und suchen mit Ihnen nach Wegen. Die Beratung ist kostenlos, vertraulich und auf Wunsch anonym.</p>',
			start: at(inMonth(-2, 2, 2), '09:00'),
			end: at(inMonth(-2, 2, 2), '11:00'),
			rrule: 'FREQ=MONTHLY;BYDAY=2TU',
			place: 'hafen',
			partner: 'Diakonisches Werk Musterstadt',
			groups: ['parents'],
			topics: ['teilhabe'],
			languages: ['de', 'en']
		},
		{
			title: 'Vorlesestunde für Kinder',
			summary: 'Bilderbuchkino und Vorlesen für Kinder ab drei Jahren – danach wird gemalt.',
			description:
				'<p>Jeden Samstag liest ein Team von Vorlesepatinnen und -paten aus neuen und alten Lieblingsbüchern vor. Die Bilder sehen alle groß auf der Leinwand.</p>',
			start: at(reading, '11:00'),
			end: at(reading, '11:45'),
			rrule: 'FREQ=WEEKLY;BYDAY=SA',
			place: 'bibliothek',
			partner: 'Stadtbibliothek Musterstadt',
			groups: ['3-6', '6-10'],
			topics: ['familienzeit'],
			accessibility: 'Stufenloser Zugang über den Seiteneingang.'
		},
		{
			title: 'Offener Spielenachmittag',
			summary:
				'Brettspiele, Bauecke und Kuchen: Sonntagnachmittag für Familien mit Kindern jeden Alters.',
			description:
				'<p>Jeden Sonntag öffnet das Mehrgenerationenhaus sein Spielzimmer. Omas, Opas, Eltern und Kinder spielen zusammen – Spiele sind da, eigene dürfen mitgebracht werden.</p>',
			start: at(onOrAfter(start, 0), '15:00'),
			end: at(onOrAfter(start, 0), '17:30'),
			rrule: 'FREQ=WEEKLY;BYDAY=SU',
			place: 'mgh',
			partner: 'Mehrgenerationenhaus Eichenau',
			groups: ['everyone'],
			topics: ['familienzeit'],
			accessibility: 'Stufenloser Zugang, Spielzimmer im Erdgeschoss.'
		},
		{
			title: 'Krabbelgruppe im Gemeindehaus',
			summary:
				'Spielen, singen, andere Eltern treffen – für Babys und Kleinkinder mit ihren Eltern.',
			description:
				'<p>Wir treffen uns jeden Montag im großen Saal. Bitte bringen Sie eine Decke und Hausschuhe mit.</p>',
			start: at(onOrAfter(start, 1), '10:00'),
			end: at(onOrAfter(start, 1), '11:30'),
			rrule: 'FREQ=WEEKLY;BYDAY=MO',
			place: 'gemeinde',
			partner: 'Evangelische Kirchengemeinde Musterstadt-Nord',
			groups: ['0-3', 'parents'],
			topics: ['familienzeit']
		},
		{
			title: 'Väterfrühstück',
			summary: 'Frühstück für Väter und ihre Kinder – Zeit zum Reden, während die Kinder spielen.',
			description:
				'<p>Am letzten Samstag im Monat decken wir den Frühstückstisch für Väter, Opas und Kinder.</p>',
			start: at(inMonth(-2, 6, -1), '10:00'),
			end: at(inMonth(-2, 6, -1), '12:00'),
			rrule: 'FREQ=MONTHLY;BYDAY=-1SA',
			place: 'mgh',
			partner: 'Mehrgenerationenhaus Eichenau',
			groups: ['parents', '0-3', '3-6'],
			topics: ['familienzeit', 'vereinbarkeit'],
			cost: { kind: 'amount', cents: 300, note: 'Kinder frei' }
		},
		{
			title: 'Interkulturelles Familienfrühstück',
			summary: 'Jede Familie bringt etwas mit – wir frühstücken gemeinsam und lernen uns kennen.',
			description:
				'<p>Ein Frühstück mit Spezialitäten aus vielen Ländern. Dolmetscherinnen helfen, wo es nötig ist.</p>',
			start: at(inMonth(-1, 0, 1), '10:30'),
			end: at(inMonth(-1, 0, 1), '13:00'),
			rrule: 'FREQ=MONTHLY;BYDAY=1SU',
			place: 'hafen',
			partner: 'DITIB Moscheegemeinde Musterstadt',
			groups: ['everyone'],
			topics: ['teilhabe', 'familienzeit'],
			languages: ['de', 'tr', 'ar', 'uk']
		},
		{
			title: 'Kinderturnen',
			summary:
				'Rollen, klettern, balancieren: Bewegungsstunde für Kinder von vier bis sechs Jahren.',
			description:
				'<p>Schnuppern ist jederzeit möglich. Bitte Turnschuhe oder Stoppersocken mitbringen.</p>',
			start: at(onOrAfter(start, 4), '15:30'),
			end: at(onOrAfter(start, 4), '16:30'),
			rrule: 'FREQ=WEEKLY;BYDAY=TH',
			place: 'turnhalle',
			partner: 'TuS Eichenau 1908 e. V.',
			groups: ['3-6'],
			topics: ['familienzeit'],
			cost: { kind: 'on_request', note: 'Für Mitglieder kostenlos' }
		},
		{
			title: 'Jugendcafé Südfeld',
			summary: 'Treffpunkt für Jugendliche: Kicker, Hausaufgabenhilfe und einfach abhängen.',
			description: '<p>Immer dienstags nach der Schule. Die Jugendsozialarbeit ist vor Ort.</p>',
			start: at(onOrAfter(start, 2), '15:00'),
			end: at(onOrAfter(start, 2), '18:00'),
			rrule: 'FREQ=WEEKLY;BYDAY=TU',
			place: 'schule',
			partner: 'Gesamtschule Südfeld',
			groups: ['10-14', '14-18'],
			topics: ['teilhabe']
		},
		{
			title: 'Babymassage-Kurs',
			summary: 'Sechs Termine für Eltern mit Babys von sechs Wochen bis sechs Monaten.',
			description:
				'<p>Sanfte Massagen, die Babys beruhigen und Eltern Sicherheit geben. Bitte melden Sie sich bei der Hebammenpraxis an.</p>',
			start: at(babyStart, '10:00'),
			end: at(babyStart, '11:00'),
			rrule: 'FREQ=WEEKLY;COUNT=6',
			place: 'hafen',
			partner: 'Hebammenpraxis Nestwärme',
			groups: ['0-3', 'parents'],
			topics: ['familienzeit'],
			cost: { kind: 'amount', cents: 6000, note: 'für alle sechs Termine' },
			contact: { name: 'Hebammenpraxis Nestwärme', email: 'kurse@nestwaerme.example' }
		},
		{
			title: 'Elternkurs „Starke Eltern – starke Kinder“',
			summary: 'Acht Abende, die Mut machen: Erziehung ohne Machtkampf.',
			description:
				'<p>Der Kurs stärkt Eltern im Familienalltag – mit Übungen, Austausch und Ideen für zu Hause.</p>',
			start: at(parentCourse, '19:00'),
			end: at(parentCourse, '21:00'),
			rrule: 'FREQ=WEEKLY;COUNT=8',
			place: 'vhs',
			partner: 'Kinderschutzbund Ortsverband Musterstadt e. V.',
			groups: ['parents'],
			topics: ['teilhabe'],
			cost: { kind: 'on_request', note: 'Ermäßigung mit Familienpass' }
		},
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

function toInput(
	e: DemoEvent,
	topicIds: Map<string, string>,
	partnerIds: Map<string, string>
): EventInput {
	const place = PLACES[e.place];
	return {
		title: e.title,
		summary: e.summary,
		descriptionHtml: e.description,
		start: e.start,
		end: e.end,
		allDay: e.allDay ?? false,
		rrule: e.rrule ?? null,
		exdates: e.exdates ?? [],
		location: { ...place, onlineUrl: e.onlineUrl ?? '' },
		organiserPartnerId: (e.partner && partnerIds.get(e.partner)) || null,
		organiserName: '',
		contact: {
			name: e.contact?.name ?? '',
			email: e.contact?.email ?? '',
			phone: e.contact?.phone ?? '',
			websiteUrl: ''
		},
		topicIds: e.topics.map((slug) => topicIds.get(slug)).filter((id): id is string => !!id),
		targetGroups: e.groups,
		cost: { kind: e.cost?.kind ?? 'free', cents: e.cost?.cents ?? null, note: e.cost?.note ?? '' },
		accessibility: e.accessibility ?? '',
		languages: e.languages ?? ['de'],
		image: null,
		attachmentIds: [],
		highlight: e.highlight ?? false
	};
}

/**
 * Seeds the demo calendar of an alliance (only when it has no events yet) and its five focus
 * topics if it has none. Returns the number of events created.
 */
export async function seedEventsDemo(
	ctx: WriteCtx,
	allianceId: string,
	now = new Date()
): Promise<number> {
	const existing = await ctx.db
		.selectFrom('event')
		.select('id')
		.where('alliance_id', '=', allianceId)
		.limit(1)
		.execute();
	if (existing.length) return 0;
	const topics = await ensureDefaultTopics(ctx, allianceId);
	const topicIds = new Map(topics.map((t) => [t.slug, t.id]));
	const partners = await ctx.db
		.selectFrom('partner')
		.select(['id', 'name'])
		.where('alliance_id', '=', allianceId)
		.execute();
	const partnerIds = new Map(partners.map((p) => [p.name, p.id]));
	const today = localDate(now);
	let count = 0;
	for (const demo of demoEvents(today)) {
		const status = demo.status === 'cancelled' ? 'published' : (demo.status ?? 'published');
		const event = await createEvent(
			ctx,
			SYSTEM_ACTOR,
			allianceId,
			toInput(demo, topicIds, partnerIds),
			{ status, now }
		);
		if (demo.status === 'cancelled') {
			await setEventStatus(ctx, SYSTEM_ACTOR, allianceId, event.id, 'cancelled', {
				note: demo.statusNote ?? '',
				now
			});
		}
		if (demo.registration) {
			await enableRegistration(ctx, allianceId, event.id, demo.registration, now);
		}
		count++;
		if (demo.title === 'Elterncafé im Familienzentrum' && event.rrule) {
			// One date cancelled (visible, with the reason), one moved to the afternoon.
			let first = onOrAfter(addDays(today, 14), 3);
			if (demo.exdates?.some((d) => localDate(d) === first)) first = addDays(first, 7);
			await cancelOccurrence(ctx, SYSTEM_ACTOR, allianceId, event.id, at(first, '09:30'), {
				note: 'Das Team ist auf Fortbildung – nächste Woche sind wir wieder da.',
				now
			});
			const closed = demo.exdates?.map((d) => localDate(d)) ?? [];
			const moved = closed.includes(addDays(first, 14)) ? addDays(first, 7) : addDays(first, 14);
			await moveOccurrence(
				ctx,
				SYSTEM_ACTOR,
				allianceId,
				event.id,
				at(moved, '09:30'),
				{ start: at(moved, '15:00'), end: at(moved, '17:00') },
				{ note: 'Ausnahmsweise am Nachmittag – mit Laternenbasteln.', now }
			);
		}
	}
	return count;
}
