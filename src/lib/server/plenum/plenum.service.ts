import { requireAccess, assertSameAlliance, type Actor } from '../access/access.service.ts';
import type { Alliance } from '../alliances/alliance.types.ts';
import { AppError } from '../app-error.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { siteUrlOf } from '../concerns/concern-site.ts';
import type { ServiceContext } from '../context.ts';
import { createEvent } from '../events/core/create-event.service.ts';
import { getEvent } from '../events/core/event.service.ts';
import type { CalendarEvent, EventInput } from '../events/core/event.types.ts';
import { saveRegistrationSettings } from '../events/registration/registration-admin.service.ts';
import { localDate, localTime, localToUtcIso } from '../events/core/time-zone.ts';
import { nextYearSameWeek, daysBetween } from './plenum-dates.ts';
import type { PlenumSettings } from './plenum.schema.ts';
import * as repo from './plenum.repository.ts';

/*
 * The yearly plenum is an event of the calendar (with its registration) plus what only a
 * plenum has: agenda, invitation, reminder, attendance, minutes and the link to the plenum it
 * was prepared from. Coordinators only; every function checks the actor against the database
 * and finds the plenum only inside the alliance it was called for.
 */

export type ReadCtx = Pick<ServiceContext, 'db'>;
export type WriteCtx = Pick<
	ServiceContext,
	'db' | 'dialect' | 'mailer' | 'log' | 'publicUrl' | 'registry'
>;

export const DEFAULT_REMINDER_DAYS = 7;

async function requireCoordinatorOf(ctx: ReadCtx, actor: Actor, allianceId: string) {
	await requireAccess(ctx, actor, allianceId, 'alliance.manage');
}

/** The plenum of this alliance (after the actor's check), or a 404. */
export async function loadPlenum(
	ctx: ReadCtx,
	actor: Actor,
	allianceId: string,
	id: string
): Promise<repo.PlenumRow> {
	await requireCoordinatorOf(ctx, actor, allianceId);
	const row = await repo.findPlenum(ctx.db, allianceId, id);
	if (!row) throw new AppError('NOT_FOUND', 'error.notFound');
	return row;
}

export function agendaOf(row: Pick<repo.PlenumRow, 'agenda'>): string[] {
	try {
		const value: unknown = JSON.parse(row.agenda);
		return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
	} catch {
		return [];
	}
}

export function extraAddressesOf(row: Pick<repo.PlenumRow, 'extra_addresses'>): string[] {
	return row.extra_addresses.split('\n').filter(Boolean);
}

export function siteOf(ctx: Pick<ServiceContext, 'publicUrl'>, alliance: Alliance) {
	return {
		siteUrl: siteUrlOf(ctx.publicUrl, alliance),
		allianceName: alliance.name,
		replyTo: alliance.contact.email || undefined
	};
}

export function placeOf(event: CalendarEvent): string {
	return [event.location.placeName, event.location.address].filter(Boolean).join(', ');
}

export async function eventOf(ctx: ReadCtx, row: repo.PlenumRow): Promise<CalendarEvent> {
	const event = await getEvent(ctx, row.alliance_id, row.event_id);
	if (!event) throw new AppError('NOT_FOUND', 'error.notFound');
	return event;
}

export interface PlenumListItem {
	id: string;
	title: string;
	start: string;
	end: string;
	allDay: boolean;
	eventStatus: string;
	invitationStatus: string;
	invitedCount: number;
	hasMinutes: boolean;
	minutesVisibility: string;
}

/** The alliance's plena (newest first) and the events that could become one. */
export async function plenumOverview(
	ctx: ReadCtx,
	actor: Actor,
	allianceId: string,
	now = new Date()
) {
	await requireCoordinatorOf(ctx, actor, allianceId);
	const plena = (await repo.findPlena(ctx.db, allianceId)).map((p): PlenumListItem => ({
		id: p.id,
		title: p.title,
		start: p.start_utc,
		end: p.end_utc,
		allDay: p.all_day === 1,
		eventStatus: p.event_status,
		invitationStatus: p.invitation_status,
		invitedCount: p.invited_count,
		hasMinutes: !!(p.minutes_html || p.minutes_file_id),
		minutesVisibility: p.minutes_visibility
	}));
	const from = new Date(now.getTime() - 60 * 86_400_000).toISOString();
	const choices = (await repo.findEventChoices(ctx.db, allianceId, from)).map((e) => ({
		id: e.id,
		title: e.title,
		start: e.start_utc
	}));
	return { plena, choices };
}

/** Makes an event of the alliance its plenum (or returns the plenum it already is). */
export async function markAsPlenum(
	ctx: ReadCtx,
	actor: Actor,
	allianceId: string,
	eventId: string,
	now = new Date()
): Promise<string> {
	await requireCoordinatorOf(ctx, actor, allianceId);
	await assertSameAlliance(ctx, allianceId, [{ kind: 'event', field: 'event', ids: eventId }]);
	const existing = await repo.findPlenumByEvent(ctx.db, allianceId, eventId);
	if (existing) return existing.id;
	const event = await getEvent(ctx, allianceId, eventId);
	if (!event) throw new AppError('INVALID', 'error.invalid', 'event');
	if (event.rrule) throw new AppError('INVALID', 'plenum.error.series', 'event');
	const id = crypto.randomUUID();
	const iso = now.toISOString();
	await repo.insertPlenum(ctx.db, {
		id,
		alliance_id: allianceId,
		event_id: eventId,
		predecessor_id: null,
		invited_at: null,
		reminded_at: null,
		minutes_file_id: null,
		minutes_updated_at: null,
		minutes_announced_at: null,
		addresses_deleted_at: null,
		created_by: actor.userId,
		created_at: iso,
		updated_at: iso
	});
	await recordAudit(ctx, {
		allianceId,
		userId: actor.userId,
		action: 'create',
		entity: 'plenum',
		entityId: id,
		summary: event.title
	});
	return id;
}

/** Agenda, invitation text, recipients and reminder; changed only until the invitation goes out. */
export async function savePlenumSettings(
	ctx: ReadCtx,
	actor: Actor,
	allianceId: string,
	id: string,
	input: PlenumSettings,
	now = new Date()
): Promise<void> {
	const row = await loadPlenum(ctx, actor, allianceId, id);
	const iso = now.toISOString();
	const reminderOnly = row.invitation_status !== 'draft';
	const changed = await repo.updatePlenum(
		ctx.db,
		allianceId,
		id,
		reminderOnly
			? // After sending, only the reminder's timing may still change (if it has not gone).
				{ reminder_days: input.reminderDays, updated_at: iso }
			: {
					agenda: JSON.stringify(input.agenda),
					invitation_text: input.invitationText,
					include_partners: input.includePartners ? 1 : 0,
					include_subscribers: input.includeSubscribers ? 1 : 0,
					extra_addresses: input.extraAddresses.join('\n'),
					reminder_days: input.reminderDays,
					updated_at: iso
				},
		reminderOnly ? { reminder: 'pending' } : { invitation: 'draft' }
	);
	if (!changed) throw new AppError('CONFLICT', 'plenum.error.alreadySent');
	await recordAudit(ctx, {
		allianceId,
		userId: actor.userId,
		action: 'update',
		entity: 'plenum',
		entityId: id,
		summary: 'settings'
	});
}

/** The event's input for next year's plenum: same weekday of the same week, draft. */
function nextYearInput(event: CalendarEvent): EventInput {
	const day = localDate(event.start);
	const target = nextYearSameWeek(day);
	const shift = daysBetween(day, target);
	const move = (iso: string) => {
		const moved = localToUtcIso(addDaysTo(localDate(iso), shift), localTime(iso));
		if (!moved) throw new Error(`cannot move ${iso}`);
		return moved;
	};
	const year = Number(day.slice(0, 4));
	return {
		title: event.title.replaceAll(String(year), String(year + 1)),
		summary: event.summary,
		descriptionHtml: event.descriptionHtml,
		start: move(event.start),
		end: move(event.end),
		allDay: event.allDay,
		rrule: null,
		exdates: [],
		location: event.location,
		organiserPartnerId: event.organiser.partnerId,
		organiserName: event.organiser.partnerId ? '' : event.organiser.name,
		contact: event.contact,
		topicIds: event.topicIds,
		targetGroups: event.targetGroups,
		cost: event.cost,
		accessibility: event.accessibility,
		languages: event.languages,
		image: event.image,
		attachmentIds: [],
		highlight: event.highlight
	};
}

function addDaysTo(date: string, days: number): string {
	const d = new Date(`${date}T12:00:00Z`);
	d.setUTCDate(d.getUTCDate() + days);
	return d.toISOString().slice(0, 10);
}

/**
 * Prepares next year's plenum from this one: a draft event on the same weekday of the same
 * week next year (time, place, texts and registration settings copied) and a plenum with the
 * agenda as a draft, linked as this one's successor. Returns the new plenum's id.
 */
export async function createSuccessor(
	ctx: WriteCtx,
	actor: Actor,
	alliance: Alliance,
	id: string,
	now = new Date()
): Promise<string> {
	const row = await loadPlenum(ctx, actor, alliance.id, id);
	if (await repo.findSuccessor(ctx.db, alliance.id, id)) {
		throw new AppError('CONFLICT', 'plenum.error.hasSuccessor');
	}
	const event = await eventOf(ctx, row);
	const created = await createEvent(ctx, actor, alliance.id, nextYearInput(event), {
		status: 'draft',
		now
	});
	if (event.registration.enabled) {
		await saveRegistrationSettings(
			ctx,
			{ ...siteOf(ctx, alliance), locale: 'de' },
			actor,
			alliance.id,
			created.id,
			{
				enabled: true,
				capacity: event.registration.capacity,
				waitlist: event.registration.waitlist,
				closesOn: '',
				retentionDays: event.registration.retentionDays
			},
			now
		);
	}
	const newId = crypto.randomUUID();
	const iso = now.toISOString();
	await repo.insertPlenum(ctx.db, {
		id: newId,
		alliance_id: alliance.id,
		event_id: created.id,
		predecessor_id: id,
		agenda: row.agenda,
		invitation_text: row.invitation_text,
		include_partners: row.include_partners,
		include_subscribers: row.include_subscribers,
		extra_addresses: row.addresses_deleted_at ? '' : row.extra_addresses,
		reminder_days: row.reminder_days,
		invited_at: null,
		reminded_at: null,
		minutes_file_id: null,
		minutes_updated_at: null,
		minutes_announced_at: null,
		addresses_deleted_at: null,
		created_by: actor.userId,
		created_at: iso,
		updated_at: iso
	});
	await recordAudit(ctx, {
		allianceId: alliance.id,
		userId: actor.userId,
		action: 'create',
		entity: 'plenum',
		entityId: newId,
		summary: created.title
	});
	return newId;
}
