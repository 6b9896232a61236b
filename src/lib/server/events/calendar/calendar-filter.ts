import { TARGET_GROUPS, type TargetGroup } from '../core/event.types.ts';
import { parseWall } from '../core/time-zone.ts';

/*
 * The calendar's filters as they live in the URL query (shareable, GET forms without
 * JavaScript, the same for pages, iCalendar, RSS and JSON):
 *   thema=<topic slug>  alter=0-3|3-6|6-10|10-14|14-18|eltern|grosseltern|alle  kostenlos=1
 *   stadtteil=<district>  partner=<partner slug>  von=YYYY-MM-DD  bis=YYYY-MM-DD  q=<text>
 * thema, alter, stadtteil and partner may repeat (any of them matches). Unknown or malformed
 * values are dropped, never an error: a public URL must not break.
 */

export interface CalendarFilter {
	topics: string[];
	ages: TargetGroup[];
	free: boolean;
	districts: string[];
	partners: string[];
	/** Local dates, inclusive */
	from: string | null;
	to: string | null;
	q: string;
}

export const EMPTY_FILTER: CalendarFilter = {
	topics: [],
	ages: [],
	free: false,
	districts: [],
	partners: [],
	from: null,
	to: null,
	q: ''
};

/** URL value of each target group (German URLs). */
export const AGE_PARAM: Record<TargetGroup, string> = {
	'0-3': '0-3',
	'3-6': '3-6',
	'6-10': '6-10',
	'10-14': '10-14',
	'14-18': '14-18',
	parents: 'eltern',
	grandparents: 'grosseltern',
	everyone: 'alle'
};
const AGE_OF_PARAM = new Map(
	Object.entries(AGE_PARAM).map(([group, param]) => [param, group as TargetGroup])
);

/** Parameters the filter owns (other parameters – page, view – are kept apart). */
export const FILTER_PARAMS = [
	'thema',
	'alter',
	'kostenlos',
	'stadtteil',
	'partner',
	'von',
	'bis',
	'q'
];

const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;
const MAX_VALUES = 20;

function values(params: URLSearchParams, name: string): string[] {
	return [
		...new Set(
			params
				.getAll(name)
				.flatMap((v) => v.split(','))
				.map((v) => v.trim())
				.filter((v) => v && v.length <= 100)
		)
	].slice(0, MAX_VALUES);
}

function date(value: string | null): string | null {
	const v = value?.trim() ?? '';
	if (parseWall(v) === null) return null;
	const year = Number(v.slice(0, 4));
	return year >= 2000 && year < 2100 ? v : null;
}

export function parseFilter(params: URLSearchParams): CalendarFilter {
	let from = date(params.get('von'));
	let to = date(params.get('bis'));
	if (from && to && to < from) [from, to] = [to, from];
	const free = params.get('kostenlos');
	return {
		topics: values(params, 'thema').filter((v) => SLUG.test(v)),
		ages: TARGET_GROUPS.filter((g) =>
			values(params, 'alter').some((v) => AGE_OF_PARAM.get(v) === g)
		),
		free: free === '1' || free === 'ja' || free === 'on' || free === 'true',
		districts: values(params, 'stadtteil').map((v) => v.replace(/\s+/g, ' ')),
		partners: values(params, 'partner').filter((v) => SLUG.test(v)),
		from,
		to,
		q: (params.get('q') ?? '').replace(/\s+/g, ' ').trim().slice(0, 100)
	};
}

/** The filter as URL parameters, in a fixed order (same filter → same URL → same cache key). */
export function filterParams(filter: CalendarFilter): URLSearchParams {
	const out = new URLSearchParams();
	for (const t of [...filter.topics].sort()) out.append('thema', t);
	for (const a of filter.ages) out.append('alter', AGE_PARAM[a]);
	if (filter.free) out.set('kostenlos', '1');
	for (const d of [...filter.districts].sort()) out.append('stadtteil', d);
	for (const p of [...filter.partners].sort()) out.append('partner', p);
	if (filter.from) out.set('von', filter.from);
	if (filter.to) out.set('bis', filter.to);
	if (filter.q) out.set('q', filter.q);
	return out;
}

/** '?thema=…' or '' */
export function filterQuery(filter: CalendarFilter, extra: Record<string, string> = {}): string {
	const params = filterParams(filter);
	for (const [k, v] of Object.entries(extra)) if (v) params.set(k, v);
	const text = params.toString();
	return text ? `?${text}` : '';
}

export function isFiltered(filter: CalendarFilter): boolean {
	return filterParams(filter).toString() !== '';
}

/** Lower-case search words (at most five) for the text filter. */
export function searchTerms(q: string): string[] {
	return q
		.toLowerCase()
		.split(/\s+/)
		.filter((t) => t.length > 0)
		.map((t) => t.slice(0, 50))
		.slice(0, 5);
}

/** Target groups to look for: a filter for 3–6 also finds events meant for everyone. */
export function widenAges(ages: readonly TargetGroup[]): string[] {
	return ages.length ? [...new Set([...ages, 'everyone'])] : [];
}
