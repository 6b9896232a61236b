import { TARGET_GROUPS, type CalendarEvent, type EventInput } from './event.types.ts';

/** Changed fields of an event: { field: [before, after] } (long texts shortened). */
export type Changes = Record<string, [unknown, unknown]>;

const short = (value: unknown): unknown =>
	typeof value === 'string' && value.length > 200 ? `${value.slice(0, 197)}…` : value;

/** What an update changes, field by field, for the history. */
export function diffEvent(before: CalendarEvent, after: EventInput): Changes {
	const pairs: Record<string, [unknown, unknown]> = {
		title: [before.title, after.title],
		summary: [before.summary, after.summary],
		description: [before.descriptionHtml, after.descriptionHtml],
		start: [before.start, after.start],
		end: [before.end, after.end],
		allDay: [before.allDay, after.allDay],
		rrule: [before.rrule, after.rrule],
		exdates: [before.exdates, after.exdates],
		placeName: [before.location.placeName, after.location.placeName],
		address: [before.location.address, after.location.address],
		district: [before.location.district, after.location.district],
		coordinates: [
			[before.location.latitude, before.location.longitude],
			[after.location.latitude, after.location.longitude]
		],
		onlineUrl: [before.location.onlineUrl, after.location.onlineUrl],
		organiserPartnerId: [before.organiser.partnerId, after.organiserPartnerId],
		organiserName: [
			before.organiser.partnerId ? '' : before.organiser.name,
			after.organiserPartnerId ? '' : after.organiserName
		],
		contact: [before.contact, after.contact],
		topics: [[...before.topicIds].sort(), [...after.topicIds].sort()],
		targetGroups: [
			before.targetGroups,
			TARGET_GROUPS.filter((g) => after.targetGroups.includes(g))
		],
		cost: [before.cost, after.cost],
		accessibility: [before.accessibility, after.accessibility],
		languages: [before.languages, after.languages],
		image: [before.image, after.image],
		attachments: [before.attachmentIds, after.attachmentIds],
		highlight: [before.highlight, after.highlight]
	};
	const changes: Changes = {};
	for (const [field, [a, b]] of Object.entries(pairs)) {
		if (JSON.stringify(a) !== JSON.stringify(b)) changes[field] = [short(a), short(b)];
	}
	return changes;
}
