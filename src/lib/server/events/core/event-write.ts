import { recordAudit } from '../../audit/audit.service.ts';
import { assertSameAlliance } from '../../access/access.service.ts';
import { htmlToText } from '../../content/sanitize.ts';
import type { DB } from '../../db/db.ts';
import { type Changes } from './event-diff.ts';
import { slugify } from './event-text.ts';
import * as repo from './event.repository.ts';
import * as relationRepo from './event-relations.repository.ts';
import { actorUserId, type EventActor, type EventInput } from './event.types.ts';

/* What creating and changing an event share: checks of references, columns, slug, history. */

/** Path segments the calendar uses itself; an event never gets one of them as its slug. */
export const RESERVED_SLUGS = new Set([
	'monat',
	'tag',
	'archiv',
	'feed',
	'feed.ics',
	'feed.rss',
	'neu',
	'melden',
	'widget',
	'einbetten',
	'suche'
]);

/** Topics, organiser, image and attachments must belong to the alliance. */
export async function assertReferences(
	db: DB,
	allianceId: string,
	input: EventInput
): Promise<string | null> {
	await assertSameAlliance({ db }, allianceId, [
		{ kind: 'topic', field: 'topics', ids: input.topicIds },
		{ kind: 'partner', field: 'organiser', ids: input.organiserPartnerId },
		{ kind: 'image', field: 'imageId', ids: input.image?.fileId },
		{ kind: 'document', field: 'attachments', ids: input.attachmentIds }
	]);
	if (!input.organiserPartnerId) return null;
	return (
		(await relationRepo.findPartnerName(db, allianceId, input.organiserPartnerId))?.name ?? null
	);
}

export function searchText(input: EventInput, organiserName: string): string {
	return [
		input.title,
		input.summary,
		htmlToText(input.descriptionHtml),
		input.location.placeName,
		input.location.address,
		input.location.district,
		organiserName
	]
		.join(' ')
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.slice(0, 20_000);
}

/** The columns an input sets (shared by create and update). */
export function columnsOf(input: EventInput, partnerName: string | null) {
	return {
		title: input.title,
		summary: input.summary,
		description_html: input.descriptionHtml,
		start_utc: input.start,
		end_utc: input.end,
		all_day: input.allDay ? 1 : 0,
		...(input.timeZone ? { time_zone: input.timeZone } : {}),
		rrule: input.rrule,
		exdates: JSON.stringify(input.exdates),
		...(input.rdates ? { rdates: JSON.stringify(input.rdates) } : {}),
		place_name: input.location.placeName,
		address: input.location.address,
		district: input.location.district,
		latitude: input.location.latitude,
		longitude: input.location.longitude,
		online_url: input.location.onlineUrl,
		organiser_partner_id: input.organiserPartnerId,
		organiser_name: input.organiserPartnerId ? '' : input.organiserName,
		contact_name: input.contact.name,
		contact_email: input.contact.email,
		contact_phone: input.contact.phone,
		website_url: input.contact.websiteUrl,
		cost_kind: input.cost.kind,
		cost_cents: input.cost.cents,
		cost_note: input.cost.note,
		accessibility: input.accessibility,
		languages: JSON.stringify(input.languages),
		image_id: input.image?.fileId ?? null,
		image_alt: input.image?.alt ?? '',
		highlight: input.highlight ? 1 : 0,
		search_text: searchText(input, partnerName ?? input.organiserName)
	};
}

export async function uniqueSlug(db: DB, allianceId: string, title: string, exceptId?: string) {
	const base = slugify(title);
	for (let n = 1; n < 1000; n++) {
		const candidate = n === 1 ? base : `${base}-${n}`;
		if (RESERVED_SLUGS.has(candidate)) continue;
		if (!(await repo.slugTaken(db, allianceId, candidate, exceptId))) return candidate;
	}
	return `${base}-${crypto.randomUUID().slice(0, 8)}`;
}

export function uidHost(publicUrl: string): string {
	try {
		return new URL(publicUrl).hostname || 'buendnis.invalid';
	} catch {
		return 'buendnis.invalid';
	}
}

export interface HistoryEntry {
	action: string;
	changes?: Changes;
	note?: string;
	recurrenceId?: string | null;
}

/** Writes history, audit and calendar version of a change (inside its transaction). */
export async function recordEventChange(
	db: DB,
	actor: EventActor,
	allianceId: string,
	event: { id: string; title: string },
	entry: HistoryEntry,
	now: string
): Promise<void> {
	await repo.insertHistory(db, {
		id: crypto.randomUUID(),
		alliance_id: allianceId,
		event_id: event.id,
		recurrence_id: entry.recurrenceId ?? null,
		user_id: actorUserId(actor),
		action: entry.action,
		changes: JSON.stringify(entry.changes ?? {}),
		note: entry.note ?? '',
		created_at: now
	});
	await recordAudit(
		{ db },
		{
			allianceId,
			userId: actorUserId(actor),
			action: entry.action,
			entity: 'event',
			entityId: event.id,
			summary: event.title
		}
	);
	await repo.bumpCalendarState(db, allianceId, now);
}
