import { type CalendarFilter } from './calendar-filter.ts';
import { upcoming } from './calendar.service.ts';
import * as repo from '../core/event.repository.ts';
import { type OccurrenceView } from '../core/event.types.ts';
import { type ReadCtx } from './calendar-feed.service.ts';
import { FEED_REFRESH_MINUTES, type FeedSite } from './feed-cache.ts';

/* RSS 2.0 and the JSON API of the calendar. */

function xml(text: string): string {
	return (
		text
			.replace(/&/g, '&amp;')
			.replace(/</g, '&lt;')
			.replace(/>/g, '&gt;')
			.replace(/"/g, '&quot;')
			// eslint-disable-next-line no-control-regex -- characters XML 1.0 does not allow
			.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
	);
}

export interface RssLabels {
	title: string;
	description: string;
	cancelled: string;
	/** Formats the date of an occurrence for the item title */
	when: (o: OccurrenceView) => string;
	language: string;
}

/** RSS 2.0 of the next dates (each event once, with its next date). */
export async function calendarRss(
	ctx: ReadCtx,
	allianceId: string,
	filter: CalendarFilter,
	site: FeedSite,
	labels: RssLabels,
	options: { now?: Date; selfUrl: string; pageUrl: string; limit?: number }
): Promise<string> {
	const now = options.now ?? new Date();
	const list = await upcoming(ctx, allianceId, filter, { now, pageSize: 200 });
	const seen = new Set<string>();
	const items = list.items
		.flatMap((d) => d.items)
		.filter((o) => (seen.has(o.eventId) ? false : (seen.add(o.eventId), true)))
		.slice(0, options.limit ?? 50);
	const rows = await repo.findEventsByIds(
		ctx.db,
		allianceId,
		items.map((i) => i.eventId)
	);
	const published = new Map(rows.map((r) => [r.id, r.published_at ?? r.updated_at]));
	const uids = new Map(rows.map((r) => [r.id, r.uid]));
	const entries = items.map((o) => {
		const link = `${site.baseUrl}${o.path}`;
		const title = `${labels.when(o)} · ${o.title}${o.cancelled ? ` (${labels.cancelled})` : ''}`;
		const description = [o.note, o.summary, [o.placeName, o.district].filter(Boolean).join(', ')]
			.filter(Boolean)
			.join(' – ');
		return [
			'<item>',
			`<title>${xml(title)}</title>`,
			`<link>${xml(link)}</link>`,
			`<guid isPermaLink="false">${xml(`${uids.get(o.eventId) ?? o.eventId}/${o.recurrenceId}`)}</guid>`,
			`<description>${xml(description)}</description>`,
			`<pubDate>${new Date(published.get(o.eventId) ?? now).toUTCString()}</pubDate>`,
			'</item>'
		].join('');
	});
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
		'<channel>',
		`<title>${xml(labels.title)}</title>`,
		`<link>${xml(options.pageUrl)}</link>`,
		`<description>${xml(labels.description)}</description>`,
		`<language>${xml(labels.language)}</language>`,
		`<atom:link href="${xml(options.selfUrl)}" rel="self" type="application/rss+xml"/>`,
		`<lastBuildDate>${now.toUTCString()}</lastBuildDate>`,
		`<ttl>${FEED_REFRESH_MINUTES}</ttl>`,
		...entries,
		'</channel>',
		'</rss>',
		''
	].join('\n');
}

/** One occurrence in the JSON API (see docs/api.md). */
export function occurrenceJson(o: OccurrenceView, site: FeedSite) {
	return {
		id: o.eventId,
		recurrenceId: o.recurrenceId,
		title: o.title,
		summary: o.summary,
		start: o.start,
		end: o.end,
		allDay: o.allDay,
		recurring: o.recurring,
		cancelled: o.cancelled,
		moved: o.moved,
		note: o.note,
		place: { name: o.placeName, district: o.district, online: o.online },
		organiser: o.organiserName,
		cost: o.cost,
		targetGroups: o.targetGroups,
		image: o.imageId ? { url: `${site.baseUrl}/dateien/${o.imageId}`, alt: o.imageAlt } : null,
		url: `${site.baseUrl}${o.path}`
	};
}
