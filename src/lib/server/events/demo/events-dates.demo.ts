import { type EventStatus, type TargetGroup } from '../core/event.types.ts';
import { addDays, localToUtcIso } from '../core/time-zone.ts';

/* The demo calendar's places, its event shape and its dates, computed from today (events.demo.ts). */

export const at = (date: string, time = '00:00'): string => {
	const iso = localToUtcIso(date, time);
	if (!iso) throw new Error(`bad demo date ${date} ${time}`);
	return iso;
};

/** The n-th weekday (0 Sunday … 6 Saturday) of a month; n = -1: the last one. */
export function nthWeekday(year: number, month: number, weekday: number, n: number): string {
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
export function onOrAfter(from: string, weekday: number): string {
	const d = new Date(`${from}T12:00:00Z`);
	return addDays(from, (weekday - d.getUTCDay() + 7) % 7);
}

export function monthsFrom(date: string, n: number): { year: number; month: number } {
	const d = new Date(`${date.slice(0, 7)}-01T12:00:00Z`);
	d.setUTCMonth(d.getUTCMonth() + n);
	return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 };
}

export const PLACES = {
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

export type PlaceKey = keyof typeof PLACES;

export interface DemoEvent {
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

/** The dates the demo events hang on, computed from today. */
export function demoDates(today: string) {
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
	return {
		start,
		month,
		inMonth,
		plenumYear,
		plenum,
		summer,
		autumn,
		easter,
		fest,
		martin,
		cafeStart,
		reading,
		babyStart,
		parentCourse,
		today
	};
}

export type DemoDates = ReturnType<typeof demoDates>;
