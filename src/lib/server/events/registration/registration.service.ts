import type { ServiceContext } from '../../context.ts';
import { toCalendarEvent } from '../core/event.mapper.ts';
import * as events from '../core/event.repository.ts';
import type { CalendarEvent } from '../core/event.types.ts';
import { ensureHorizon } from '../core/occurrence-cache.ts';
import * as occurrences from '../core/occurrence.repository.ts';
import * as repo from './registration.repository.ts';

/*
 * Registration for events without an account: name, email, adults, children, note, consent to
 * the privacy policy. A place is confirmed while the capacity (persons) allows and nobody is
 * waiting; otherwise the person goes on the waiting list (if the event keeps one). Whoever
 * cancels frees places, and the waiting list moves up in order of arrival, each with a mail.
 * Every decision about places happens inside one transaction that holds the event's lock.
 */

export type RegistrationCtx = Pick<ServiceContext, 'db' | 'dialect' | 'mailer' | 'log'>;

/** Where the mails' links point and who they come from. */
export interface RegistrationSite {
	/** Address of the alliance's site (origin + /b/<slug> prefix), no trailing slash */
	siteUrl: string;
	allianceName: string;
	replyTo?: string;
	locale: 'de' | 'en';
}

/** Registrations per address and ten minutes (against bots filling lists). */
export const REGISTRATION_RATE_LIMIT = 10;

export type ClosedReason = 'disabled' | 'cancelled' | 'past' | 'notYetOpen' | 'closed' | 'full';

export interface RegistrationState {
	open: boolean;
	reason: ClosedReason | null;
	capacity: number | null;
	/** Persons with a confirmed place */
	confirmedPersons: number;
	/** Places left; null: no limit */
	free: number | null;
	waitlist: boolean;
	/** Registrations waiting */
	waiting: number;
	/** New registrations go to the waiting list */
	joinsWaitlist: boolean;
}

export interface RegistrableOccurrence {
	recurrenceId: string;
	start: string;
	end: string;
	allDay: boolean;
	cancelled: boolean;
}

export interface RegistrationPage {
	event: CalendarEvent;
	occurrences: RegistrableOccurrence[];
	/** The date the form is for (null: the series has no coming date) */
	chosen: RegistrableOccurrence | null;
	state: RegistrationState | null;
}

export function stateOf(
	event: CalendarEvent,
	occurrence: RegistrableOccurrence,
	counts: Awaited<ReturnType<typeof repo.countsOf>>,
	now: Date
): RegistrationState {
	const { capacity, waitlist } = event.registration;
	const confirmedPersons = counts.confirmed.persons;
	const waiting = counts.waitlisted.registrations;
	const free = capacity === null ? null : Math.max(0, capacity - confirmedPersons);
	const joinsWaitlist = waiting > 0 || free === 0;
	let reason: ClosedReason | null = null;
	const nowIso = now.toISOString();
	if (!event.registration.enabled) reason = 'disabled';
	else if (event.status === 'cancelled' || occurrence.cancelled) reason = 'cancelled';
	else if (event.status !== 'published') reason = 'disabled';
	else if (occurrence.start <= nowIso) reason = 'past';
	else if (event.registration.opensAt && nowIso < event.registration.opensAt) reason = 'notYetOpen';
	else if (event.registration.closesAt && nowIso >= event.registration.closesAt) reason = 'closed';
	else if (joinsWaitlist && !waitlist) reason = 'full';
	return {
		open: reason === null,
		reason,
		capacity,
		confirmedPersons,
		free,
		waitlist,
		waiting,
		joinsWaitlist
	};
}

export async function loadEvent(ctx: Pick<ServiceContext, 'db'>, allianceId: string, slug: string) {
	const row = await events.findEventBySlug(ctx.db, allianceId, slug);
	if (!row || (row.status !== 'published' && row.status !== 'cancelled')) return undefined;
	return toCalendarEvent(row);
}

export async function comingOccurrences(
	ctx: Pick<ServiceContext, 'db'>,
	event: CalendarEvent,
	now: Date
): Promise<RegistrableOccurrence[]> {
	await ensureHorizon(ctx.db, event.allianceId, now);
	const rows = await occurrences.findOccurrencesOfEvent(
		ctx.db,
		event.allianceId,
		event.id,
		{ from: now.toISOString() },
		event.rrule ? 24 : 1
	);
	return rows.map((r) => ({
		recurrenceId: r.recurrence_id,
		start: r.start_utc,
		end: r.end_utc,
		allDay: r.all_day === 1,
		cancelled: r.cancelled === 1
	}));
}

export function sameInstant(a: string, b: string): boolean {
	const x = Date.parse(a);
	return !Number.isNaN(x) && x === Date.parse(b);
}

/**
 * What the registration page shows: the event, its coming dates (series), the chosen one and
 * whether places are left. Undefined when the event takes no registrations at all.
 */
export async function registrationPage(
	ctx: Pick<ServiceContext, 'db'>,
	allianceId: string,
	slug: string,
	occurrence: string | null,
	now = new Date()
): Promise<RegistrationPage | undefined> {
	const event = await loadEvent(ctx, allianceId, slug);
	if (!event || !event.registration.enabled) return undefined;
	const list = await comingOccurrences(ctx, event, now);
	const chosen =
		(occurrence && list.find((o) => sameInstant(o.recurrenceId, occurrence))) ||
		list.find((o) => !o.cancelled) ||
		list[0] ||
		null;
	const state = chosen
		? stateOf(
				event,
				chosen,
				await repo.countsOf(ctx.db, allianceId, event.id, chosen.recurrenceId),
				now
			)
		: null;
	return { event, occurrences: list, chosen, state };
}

export async function occurrenceOf(
	ctx: Pick<ServiceContext, 'db'>,
	event: CalendarEvent,
	recurrenceId: string
): Promise<RegistrableOccurrence> {
	const [row] = await occurrences.findOccurrenceOfEventIn(ctx.db, event.allianceId, event.id, {
		from: recurrenceId,
		to: new Date(Date.parse(recurrenceId) + 1).toISOString()
	});
	const duration = Date.parse(event.end) - Date.parse(event.start);
	return row
		? {
				recurrenceId: row.recurrence_id,
				start: row.start_utc,
				end: row.end_utc,
				allDay: row.all_day === 1,
				cancelled: row.cancelled === 1
			}
		: {
				recurrenceId,
				start: recurrenceId,
				end: new Date(Date.parse(recurrenceId) + duration).toISOString(),
				allDay: event.allDay,
				cancelled: false
			};
}
