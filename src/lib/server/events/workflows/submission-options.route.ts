import type { ServiceContext } from '../../context.ts';
import { listPartnerChoices } from '../../partners/partner.service.ts';
import { ownPartners } from '../../partners/partner-self.service.ts';
import { listTopics } from '../../topics/topic.service.ts';
import type { CalendarEvent } from '../core/event.types.ts';
import { repeatFormOf } from '../core/repeat-form.ts';
import { addDays, localDate, localTime } from '../core/time-zone.ts';

/** What the workflow forms need besides the event: the alliance's topics and the organisers. */
export async function formChoices(
	ctx: Pick<ServiceContext, 'db'>,
	allianceId: string,
	viewer: { userId: string; email: string } | null,
	options: { staff: boolean }
): Promise<{
	topics: { id: string; name: string }[];
	organisers: { value: string; label: string }[];
}> {
	const topics = (await listTopics(ctx, allianceId)).map((t) => ({ id: t.id, name: t.name }));
	let organisers: { value: string; label: string }[] = [];
	if (options.staff) {
		const partners = await listPartnerChoices(ctx, allianceId);
		organisers = [
			{ value: '', label: 'Das Bündnis selbst / anderer Veranstalter' },
			...partners.map((p) => ({ value: p.id, label: p.name }))
		];
	} else if (viewer) {
		organisers = (await ownPartners(ctx, allianceId, viewer)).map((p) => ({
			value: p.id,
			label: p.name
		}));
	}
	return { topics, organisers };
}

/** An event as the values of the workflow form (EventFields.svelte). */
export function eventFormValues(event: CalendarEvent): Record<string, string | string[]> {
	const repeat = repeatFormOf(event.rrule);
	const endLocal = event.allDay ? addDays(localDate(event.end), -1) : localDate(event.end);
	return {
		title: event.title,
		summary: event.summary,
		description: event.descriptionHtml,
		startDate: localDate(event.start),
		startTime: event.allDay ? '' : localTime(event.start),
		endDate: endLocal === localDate(event.start) ? '' : endLocal,
		endTime: event.allDay ? '' : localTime(event.end),
		allDay: event.allDay ? 'on' : '',
		repeat: repeat.kind,
		rrule: repeat.kind === 'custom' ? (event.rrule ?? '') : '',
		// Left-out dates of a series (exceptions), one local date each.
		exdates: event.exdates.map((d) => localDate(d).split('-').reverse().join('.')).join('\n'),
		// No day ticked: the weekday of the start date (the rule's default).
		repeatDays: repeat.weekdays.length > 1 ? repeat.weekdays : [],
		repeatEnd: repeat.count ? 'count' : repeat.until ? 'until' : 'never',
		repeatUntil: repeat.until ?? '',
		repeatCount: repeat.count ? String(repeat.count) : '',
		placeName: event.location.placeName,
		address: event.location.address,
		district: event.location.district,
		latitude: event.location.latitude === null ? '' : String(event.location.latitude),
		longitude: event.location.longitude === null ? '' : String(event.location.longitude),
		onlineUrl: event.location.onlineUrl,
		organiser: event.organiser.partnerId ?? '',
		organiserName: event.organiser.partnerId ? '' : event.organiser.name,
		contactName: event.contact.name,
		contactEmail: event.contact.email,
		contactPhone: event.contact.phone,
		websiteUrl: event.contact.websiteUrl,
		targetGroups: event.targetGroups,
		topics: event.topicIds,
		costKind: event.cost.kind,
		costAmount:
			event.cost.cents === null ? '' : (event.cost.cents / 100).toFixed(2).replace('.', ','),
		costNote: event.cost.note,
		accessibility: event.accessibility,
		languages: event.languages,
		sequence: String(event.sequence)
	};
}
