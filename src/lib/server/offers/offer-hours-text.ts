import type { OpeningHours } from './offer.types.ts';

/*
 * Opening hours as one line of text, for the CSV file and the demo data:
 * "Mo-Fr 09:00-12:00; Di,Do 14:00-17:00". Days are Mo Di Mi Do Fr Sa So, ranges of days with
 * "-", lists with ","; several time ranges of the same days with ",".
 */

const DAYS = ['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So'] as const;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

function dayNumber(text: string): number | null {
	const i = DAYS.findIndex((d) => d.toLowerCase() === text.trim().toLowerCase());
	return i < 0 ? null : i + 1;
}

/** Parses the text; null when any part cannot be read. */
export function parseHoursText(text: string): OpeningHours[] | null {
	const out: OpeningHours[] = [];
	for (const segment of text.split(';')) {
		const s = segment.trim();
		if (!s) continue;
		const m = /^([A-Za-z,\s-]+?)\s+(\d.*)$/.exec(s);
		if (!m) return null;
		const days: number[] = [];
		for (const part of m[1]!.split(',')) {
			const [from, to] = part.split('-');
			const a = dayNumber(from ?? '');
			const b = to === undefined ? a : dayNumber(to);
			if (a === null || b === null || b < a) return null;
			for (let d = a; d <= b; d++) days.push(d);
		}
		for (const range of m[2]!.split(',')) {
			const [opens = '', closes = ''] = range
				.trim()
				.split('-')
				.map((x) => x.trim());
			if (!TIME.test(opens) || !TIME.test(closes) || opens >= closes) return null;
			for (const weekday of days) out.push({ weekday, opens, closes });
		}
	}
	return out.sort((a, b) => a.weekday - b.weekday || a.opens.localeCompare(b.opens));
}

/** Writes hours as text; consecutive days with the same times are joined ("Mo-Fr"). */
export function formatHoursText(hours: readonly OpeningHours[]): string {
	const perDay = DAYS.map((_, i) =>
		hours
			.filter((h) => h.weekday === i + 1)
			.sort((a, b) => a.opens.localeCompare(b.opens))
			.map((h) => `${h.opens}-${h.closes}`)
			.join(', ')
	);
	const parts: string[] = [];
	for (let i = 0; i < 7; i++) {
		const times = perDay[i];
		if (!times) continue;
		let j = i;
		while (j + 1 < 7 && perDay[j + 1] === times) j++;
		parts.push(`${j > i ? `${DAYS[i]}-${DAYS[j]}` : DAYS[i]} ${times}`);
		i = j;
	}
	return parts.join('; ');
}
