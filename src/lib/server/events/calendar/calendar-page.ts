import type { ServiceContext } from '../../context.ts';
import {
	AGE_PARAM,
	filterQuery,
	isFiltered,
	parseFilter,
	type CalendarFilter
} from './calendar-filter.ts';
import * as occ from './occurrence-list.repository.ts';
import { PUBLIC_STATUSES, TARGET_GROUPS, type TargetGroup } from '../core/event.types.ts';
import { listTopics } from '../../topics/topic.service.ts';
import { escapeHtml } from '../../../escape-html.ts';
import { localDate } from '../core/time-zone.ts';
import { VersionedMemo } from '../../cache/versioned-memo.ts';
import type { Alliance } from '../../alliances/alliance.types.ts';
import { pageOnly } from '../../../page-only.ts';

export interface FilterOptions {
	topics: { slug: string; name: string }[];
	partners: { slug: string; name: string }[];
	districts: string[];
	targetGroups: readonly TargetGroup[];
}

/** The choices of the filter form. */
export async function filterOptions(
	ctx: Pick<ServiceContext, 'db'>,
	allianceId: string
): Promise<FilterOptions> {
	const [topics, partners, districts] = await Promise.all([
		listTopics(ctx, allianceId),
		occ.findOrganisingPartners(ctx.db, allianceId, PUBLIC_STATUSES),
		occ.findDistricts(ctx.db, allianceId, PUBLIC_STATUSES)
	]);
	return {
		topics: topics.map((t) => ({ slug: t.slug, name: t.name })),
		partners,
		districts,
		targetGroups: TARGET_GROUPS
	};
}

/**
 * Up to this many organising partners the filter offers them as a list to choose from. Beyond
 * it a list is no help on a phone (a thousand names to scroll through) and was more than half of
 * every calendar page's HTML (59 of 106 KB in the benchmark): the search field finds events by
 * the organiser's name, a partner's page links to its events, and a partner chosen that way
 * stays in the form as the only entry besides "all organisers".
 */
export const PARTNER_LIST_MAX = 100;

/**
 * The filter's choices, the partners as ready `<option>` elements: an alliance with a hundred
 * organising partners renders a hundred options on every calendar page; written once per
 * content version, the selected one marked per request.
 */
export interface CalendarChoices extends Omit<FilterOptions, 'partners'> {
	partnerCount: number;
	/**
	 * `<option value="slug">Name</option>…`, escaped; the filter's partner marked `selected`.
	 * With more than PARTNER_LIST_MAX partners only the filter's own ones ('' without).
	 */
	partnerOptionsHtml: string;
	/** More than PARTNER_LIST_MAX partners: the search field names the organiser instead */
	partnerBySearch: boolean;
}

interface ReadChoices extends Omit<CalendarChoices, 'partnerBySearch'> {
	/** Every organising partner's name by slug (for a chosen one when there is no list) */
	partnerNames: Map<string, string>;
}

function partnerOption(slug: string, name: string, selected = false): string {
	return `<option value="${escapeHtml(slug)}"${selected ? ' selected' : ''}>${escapeHtml(name)}</option>`;
}

function partnerOptions(partners: FilterOptions['partners']): string {
	return partners.map((p) => partnerOption(p.slug, p.name)).join('');
}

/** The partner choices of one request: the whole list with the filter's marked, or only the filter's. */
function partnerChoices(
	choices: ReadChoices,
	slugs: readonly string[]
): Pick<CalendarChoices, 'partnerOptionsHtml' | 'partnerBySearch'> {
	if (choices.partnerCount <= PARTNER_LIST_MAX) {
		return {
			partnerOptionsHtml: withSelected(choices.partnerOptionsHtml, slugs),
			partnerBySearch: false
		};
	}
	return {
		partnerOptionsHtml: slugs
			.map((slug) => {
				const name = choices.partnerNames.get(slug);
				return name === undefined ? '' : partnerOption(slug, name, true);
			})
			.join(''),
		partnerBySearch: true
	};
}

function withSelected(html: string, slugs: readonly string[]): string {
	let marked = html;
	for (const slug of slugs) {
		const plain = `<option value="${escapeHtml(slug)}">`;
		marked = marked.replace(plain, `<option value="${escapeHtml(slug)}" selected>`);
	}
	return marked;
}

/** What every public calendar page hands its components: the filter, its choices and feed links. */
export interface CalendarPageBase {
	filter: CalendarFilter;
	filtered: boolean;
	/** '?thema=…' or '' (canonical order) */
	query: string;
	options: CalendarChoices;
	ageParams: Record<string, string>;
	/** Local date of today 'YYYY-MM-DD' */
	today: string;
	feeds: { ics: string; webcal: string; rss: string; json: string };
	/** Shortcuts: this weekend, free of charge (paths with query) */
	shortcuts: { weekend: string; free: string };
}

/** The coming Saturday and Sunday (today when it is the weekend). */
export function weekend(today: string): { from: string; to: string } {
	const date = new Date(`${today}T12:00:00Z`);
	const weekday = date.getUTCDay(); // 0 Sunday … 6 Saturday
	const toSaturday = weekday === 0 ? -1 : 6 - weekday;
	const saturday = new Date(date.getTime() + toSaturday * 86_400_000).toISOString().slice(0, 10);
	const sunday = new Date(Date.parse(`${saturday}T12:00:00Z`) + 86_400_000)
		.toISOString()
		.slice(0, 10);
	return { from: weekday === 0 ? today : saturday, to: sunday };
}

/**
 * The filter's choices change only with the alliance's content (its partners, districts and
 * topics): read once per content version (1,000 partners cost about 2 ms, the districts 4).
 */
const optionsMemo = new VersionedMemo<ReadChoices>(
	4 * 1024 * 1024,
	(choices) =>
		// The names twice (map and options), as UTF-16
		choices.partnerOptionsHtml.length * 2 + JSON.stringify([...choices.partnerNames]).length * 2
);

async function readChoices(
	ctx: Pick<ServiceContext, 'db'>,
	allianceId: string
): Promise<ReadChoices> {
	const { partners, ...rest } = await filterOptions(ctx, allianceId);
	return {
		...rest,
		partnerCount: partners.length,
		partnerOptionsHtml: partners.length <= PARTNER_LIST_MAX ? partnerOptions(partners) : '',
		partnerNames: new Map(partners.map((p) => [p.slug, p.name]))
	};
}

export async function calendarPageBase(
	ctx: Pick<ServiceContext, 'db'>,
	alliance: Pick<Alliance, 'id' | 'contentVersion'>,
	url: URL,
	/** the alliance's public base URL (http/site-url.ts), for the absolute feed addresses */
	siteUrl: string,
	now = new Date()
): Promise<CalendarPageBase> {
	const filter = parseFilter(url.searchParams);
	const query = filterQuery(filter);
	const base = siteUrl;
	const today = localDate(now);
	const w = weekend(today);
	const choices = await optionsMemo.get(alliance.id, alliance.contentVersion, () =>
		readChoices(ctx, alliance.id)
	);
	const { partnerNames: _names, partnerOptionsHtml: _list, ...fixedChoices } = choices;
	return {
		filter,
		filtered: isFiltered(filter),
		query,
		// Rendered into the filter form, never read by a script (public pages ship none).
		options: pageOnly({ ...fixedChoices, ...partnerChoices(choices, filter.partners) }),
		ageParams: AGE_PARAM,
		today,
		feeds: {
			ics: `${base}/termine/feed.ics${query}`,
			webcal: `${base.replace(/^https?:/, 'webcal:')}/termine/feed.ics${query}`,
			rss: `${base}/termine/feed.rss${query}`,
			json: `${base}/api/termine${query}`
		},
		shortcuts: {
			weekend: `/termine${filterQuery({ ...filter, from: w.from, to: w.to })}`,
			free: `/termine${filterQuery({ ...filter, free: true })}`
		}
	};
}

/** Page number from ?seite=; null when malformed (the route answers 404). */
export function pageParam(url: URL): number | null {
	const raw = url.searchParams.get('seite');
	if (raw === null) return 1;
	return /^\d{1,5}$/.test(raw) && Number(raw) >= 1 ? Number(raw) : null;
}

/**
 * The canonical address of a calendar page for its filter (empty form fields dropped, values in
 * a fixed order) when the request used another spelling; null when it is canonical already.
 * The GET filter form sends every field, also the empty ones: this keeps shared links short.
 */
export function canonicalLocation(url: URL, prefix: string, path: string): string | null {
	const filter = parseFilter(url.searchParams);
	const page = url.searchParams.get('seite');
	const query = filterQuery(filter, { seite: page && page !== '1' ? page : '' });
	return url.search === query ? null : `${prefix}${path}${query}`;
}
