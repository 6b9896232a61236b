import { cleanLine, cleanText } from '../core/event-text.ts';
import type { CalendarEvent, EventInput } from '../core/event.types.ts';
import { textToParagraphs } from '../workflows/submission.schema.ts';
import type { IcsComponent } from './ics-parse.ts';

/*
 * A feed's VEVENT → our event input. The feed decides what it carries (title, texts, times,
 * rule, place, link); what it does not carry (topics, target groups, cost, image, …) is kept as
 * the alliance set it on the existing event, so a coordinator's additions survive every sync.
 */

function shorten(text: string, max: number): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

const looksLikeHtml = (text: string) => /<(p|br|a|ul|ol|li|strong|em|b|i|div)[\s/>]/i.test(text);

/** "Familienzentrum, Kaistraße 12, 12349 Musterstadt" → place and address. */
export function splitLocation(location: string): { placeName: string; address: string } {
	const text = cleanLine(location);
	const comma = text.indexOf(',');
	if (comma < 0) return { placeName: text.slice(0, 300), address: '' };
	const first = text.slice(0, comma).trim();
	const rest = text.slice(comma + 1).trim();
	// "Kaistraße 12, 12349 Musterstadt": no name, all address.
	if (/\d/.test(first) && /\d{5}/.test(rest)) return { placeName: '', address: text.slice(0, 300) };
	return { placeName: first.slice(0, 300), address: rest.slice(0, 300) };
}

const httpUrl = (value: string) =>
	/^https?:\/\/[^\s<>"]+$/i.test(value.trim()) ? value.trim() : '';

export interface FeedOwner {
	partnerId: string | null;
	name: string;
}

/** The input for an event from a master component (or a stand-alone override). */
export function inputFromComponent(
	c: IcsComponent,
	owner: FeedOwner,
	current: CalendarEvent | undefined
): EventInput {
	const description = c.description.slice(0, 50_000);
	const plain = cleanText(description.replace(/<[^>]*>/g, ' '));
	const location = /^https?:\/\//i.test(c.location.trim())
		? { placeName: '', address: '', onlineUrl: httpUrl(c.location) }
		: { ...splitLocation(c.location), onlineUrl: current?.location.onlineUrl ?? '' };
	const keep = current;
	return {
		title: shorten(cleanLine(c.summary), 200) || 'Termin',
		summary: shorten(plain.replace(/\s+/g, ' '), 280),
		descriptionHtml: looksLikeHtml(description) ? description : textToParagraphs(description),
		start: c.start,
		end: c.end,
		allDay: c.allDay,
		timeZone: c.timeZone,
		rrule: c.recurrenceId ? null : c.rrule,
		exdates: c.recurrenceId ? [] : c.exdates,
		rdates: c.recurrenceId ? [] : c.rdates,
		location: {
			placeName: location.placeName,
			address: location.address,
			district: keep?.location.district ?? '',
			latitude: c.geo?.lat ?? keep?.location.latitude ?? null,
			longitude: c.geo?.lon ?? keep?.location.longitude ?? null,
			onlineUrl: location.onlineUrl
		},
		organiserPartnerId: owner.partnerId,
		organiserName: owner.partnerId ? '' : owner.name,
		contact: {
			name: keep?.contact.name ?? '',
			email: keep?.contact.email ?? '',
			phone: keep?.contact.phone ?? '',
			websiteUrl: httpUrl(c.url) || (keep?.contact.websiteUrl ?? '')
		},
		topicIds: keep?.topicIds ?? [],
		targetGroups: keep?.targetGroups ?? [],
		// Unknown in the feed: "on request" rather than a wrong "free" in the family filter.
		cost: keep?.cost ?? { kind: 'on_request', cents: null, note: '' },
		accessibility: keep?.accessibility ?? '',
		languages: keep?.languages ?? ['de'],
		image: keep?.image ?? null,
		attachmentIds: keep?.attachmentIds ?? [],
		highlight: keep?.highlight ?? false
	};
}
