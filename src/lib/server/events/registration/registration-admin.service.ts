import type { Actor } from '../../auth/actor.ts';
import { AppError, isAppError } from '../../app-error.ts';
import { contentChanged } from '../../alliances/content-changed.ts';
import type { ServiceContext } from '../../context.ts';
import { assertMayEditEvent } from '../core/event-access.ts';
import { toCalendarEvent } from '../core/event.mapper.ts';
import * as events from '../core/event.repository.ts';
import { recordEventChange } from '../core/event-write.ts';
import {
	SYSTEM_ACTOR,
	type CalendarEvent,
	type RegistrationSettings
} from '../core/event.types.ts';
import { calendarSettings } from '../core/moderation.settings.ts';
import * as occurrences from '../core/occurrence.repository.ts';
import { localToUtcIso, addDays, localDate } from '../core/time-zone.ts';
import { toCsv } from './csv.ts';
import * as repo from './registration.repository.ts';
import type { RegistrationSettingsForm } from './registration.schema.ts';
import { cancelRegistration } from './cancel.service.ts';
import { promoteAfterChange } from './waitlist.service.ts';
import { type RegistrationCtx, type RegistrationSite } from './registration.service.ts';
import { formatWhen } from '../core/when.ts';

/*
 * The organiser's side of registrations: settings of an event, the list per date, CSV export,
 * cancelling someone. Coordinators and editors for every event, partner contacts for their own
 * partner's events only (assertMayEditEvent, against the database).
 */

type AdminCtx = Pick<ServiceContext, 'db' | 'registry'>;

export interface RegistrationItem {
	id: string;
	status: 'confirmed' | 'waitlisted' | 'cancelled';
	name: string;
	email: string;
	adults: number;
	children: number;
	note: string;
	createdAt: string;
	promotedAt: string | null;
	cancelledAt: string | null;
	/** Personal data already deleted (retention period passed) */
	anonymized: boolean;
}

export interface OccurrenceRegistrations {
	recurrenceId: string;
	start: string;
	end: string;
	allDay: boolean;
	confirmedPersons: number;
	waitingPersons: number;
	items: RegistrationItem[];
}

export interface RegistrationOverview {
	event: CalendarEvent;
	settings: RegistrationSettings;
	/** The alliance's default when the event sets no retention of its own */
	defaultRetentionDays: number;
	occurrences: OccurrenceRegistrations[];
}

async function editableEvent(
	ctx: Pick<ServiceContext, 'db'>,
	actor: Actor,
	allianceId: string,
	eventId: string
): Promise<CalendarEvent> {
	const row = await events.findEventById(ctx.db, allianceId, eventId);
	if (!row) throw new AppError('NOT_FOUND', 'error.notFound');
	try {
		await assertMayEditEvent(ctx.db, actor, allianceId, [row.organiser_partner_id]);
	} catch (error) {
		// A partner contact learns nothing about other partners' events.
		if (isAppError(error) && error.code === 'FORBIDDEN') {
			throw new AppError('NOT_FOUND', 'error.notFound');
		}
		throw error;
	}
	return toCalendarEvent(row);
}

export async function registrationOverview(
	ctx: Pick<ServiceContext, 'db'>,
	actor: Actor,
	allianceId: string,
	eventId: string,
	now = new Date()
): Promise<RegistrationOverview> {
	const event = await editableEvent(ctx, actor, allianceId, eventId);
	const rows = await repo.findRegistrationsOfEvent(ctx.db, allianceId, eventId);
	const starts = [...new Set(rows.map((r) => r.occurrence_start))];
	// Coming dates without registrations are listed too, so the organiser sees where people can sign up.
	const coming = await occurrences.findOccurrencesOfEvent(
		ctx.db,
		allianceId,
		eventId,
		{ from: now.toISOString() },
		event.rrule ? 6 : 1
	);
	for (const c of coming) if (!starts.includes(c.recurrence_id)) starts.push(c.recurrence_id);
	starts.sort();
	const duration = Date.parse(event.end) - Date.parse(event.start);
	const list: OccurrenceRegistrations[] = [];
	for (const start of starts) {
		const [occ] = await occurrences.findOccurrenceOfEventIn(ctx.db, allianceId, eventId, {
			from: start,
			to: new Date(Date.parse(start) + 1).toISOString()
		});
		const items = rows
			.filter((r) => r.occurrence_start === start)
			.map((r): RegistrationItem => ({
				id: r.id,
				status: r.status,
				name: r.name,
				email: r.email,
				adults: r.adults,
				children: r.children,
				note: r.note,
				createdAt: r.created_at,
				promotedAt: r.promoted_at,
				cancelledAt: r.cancelled_at,
				anonymized: r.anonymized_at !== null
			}));
		const sum = (status: RegistrationItem['status']) =>
			items.filter((i) => i.status === status).reduce((n, i) => n + i.adults + i.children, 0);
		list.push({
			recurrenceId: start,
			start: occ?.start_utc ?? start,
			end: occ?.end_utc ?? new Date(Date.parse(start) + duration).toISOString(),
			allDay: occ ? occ.all_day === 1 : event.allDay,
			confirmedPersons: sum('confirmed'),
			waitingPersons: sum('waitlisted'),
			items
		});
	}
	const defaults = await calendarSettings(ctx, allianceId);
	return {
		event,
		settings: event.registration,
		defaultRetentionDays: defaults.registrationRetentionDays,
		occurrences: list
	};
}

const STATUS_DE = { confirmed: 'bestätigt', waitlisted: 'Warteliste', cancelled: 'abgemeldet' };

function stamp(iso: string | null): string {
	if (!iso) return '';
	return new Intl.DateTimeFormat('de-DE', {
		dateStyle: 'short',
		timeStyle: 'short',
		timeZone: 'Europe/Berlin'
	}).format(new Date(iso));
}

/** The list as CSV for Excel (UTF-8 with BOM, semicolons). */
export async function registrationCsv(
	ctx: Pick<ServiceContext, 'db'>,
	actor: Actor,
	allianceId: string,
	eventId: string,
	now = new Date()
): Promise<{ filename: string; body: string }> {
	const overview = await registrationOverview(ctx, actor, allianceId, eventId, now);
	const rows: (string | number)[][] = [
		[
			'Termin',
			'Status',
			'Name',
			'E-Mail',
			'Erwachsene',
			'Kinder',
			'Anmerkung',
			'Angemeldet am',
			'Nachgerückt am',
			'Abgemeldet am'
		]
	];
	for (const o of overview.occurrences) {
		const when = formatWhen(o.start, o.end, o.allDay);
		for (const i of o.items) {
			rows.push([
				when,
				STATUS_DE[i.status],
				i.anonymized ? '(gelöscht)' : i.name,
				i.email,
				i.adults,
				i.children,
				i.note,
				stamp(i.createdAt),
				stamp(i.promotedAt),
				stamp(i.cancelledAt)
			]);
		}
	}
	return {
		filename: `anmeldungen-${overview.event.slug}-${localDate(now)}.csv`,
		body: toCsv(rows)
	};
}

/** Turns registration on or off and sets places, waiting list, deadline and retention. */
export async function saveRegistrationSettings(
	ctx: AdminCtx & RegistrationCtx,
	site: RegistrationSite,
	actor: Actor,
	allianceId: string,
	eventId: string,
	form: RegistrationSettingsForm,
	now = new Date()
): Promise<CalendarEvent> {
	const event = await editableEvent(ctx, actor, allianceId, eventId);
	const closesAt = form.closesOn ? localToUtcIso(addDays(form.closesOn, 1)) : null;
	if (form.closesOn && !closesAt) throw new AppError('INVALID', 'error.date', 'closesOn');
	const next: RegistrationSettings = {
		enabled: form.enabled,
		capacity: form.capacity,
		waitlist: form.waitlist,
		opensAt: event.registration.opensAt,
		closesAt,
		retentionDays: form.retentionDays
	};
	const before = event.registration;
	const changes: Record<string, [unknown, unknown]> = {};
	for (const key of Object.keys(next) as (keyof RegistrationSettings)[]) {
		if (before[key] !== next[key]) changes[`registration.${key}`] = [before[key], next[key]];
	}
	if (!Object.keys(changes).length) return event;
	const nowIso = now.toISOString();
	await ctx.db.transaction().execute(async (trx) => {
		await events.updateEventRow(trx, allianceId, eventId, {
			registration_enabled: next.enabled ? 1 : 0,
			registration_capacity: next.capacity,
			registration_waitlist: next.waitlist ? 1 : 0,
			registration_closes_at: next.closesAt,
			registration_retention_days: next.retentionDays,
			updated_at: nowIso,
			updated_by: actor.userId
		});
		await recordEventChange(
			trx,
			actor,
			allianceId,
			{ id: eventId, title: event.title },
			{ action: 'registration.settings', changes },
			nowIso
		);
	});
	await contentChanged(ctx, allianceId);
	const updated = { ...event, registration: next };
	// More places (or no limit any more): whoever waits and now fits moves up.
	await promoteAfterChange(ctx, site, updated, now);
	return updated;
}

/** The organiser cancels someone's registration (e.g. after a phone call); they get a mail. */
export async function cancelAsOrganiser(
	ctx: RegistrationCtx,
	site: RegistrationSite,
	actor: Actor,
	allianceId: string,
	eventId: string,
	registrationId: string,
	now = new Date()
): Promise<void> {
	const event = await editableEvent(ctx, actor, allianceId, eventId);
	await cancelRegistration(ctx, site, event, registrationId, now, { byOrganiser: true });
}

/**
 * Switches registration on for an event on behalf of the system (demo seed, imports): no
 * person is checked; the history names no one.
 */
export async function enableRegistration(
	ctx: AdminCtx,
	allianceId: string,
	eventId: string,
	settings: { capacity: number | null; waitlist: boolean },
	now = new Date()
): Promise<void> {
	const nowIso = now.toISOString();
	await ctx.db.transaction().execute(async (trx) => {
		const row = await events.findEventById(trx, allianceId, eventId);
		if (!row) throw new AppError('NOT_FOUND', 'error.notFound');
		await events.updateEventRow(trx, allianceId, eventId, {
			registration_enabled: 1,
			registration_capacity: settings.capacity,
			registration_waitlist: settings.waitlist ? 1 : 0,
			updated_at: nowIso
		});
		await recordEventChange(
			trx,
			SYSTEM_ACTOR,
			allianceId,
			{ id: eventId, title: row.title },
			{
				action: 'registration.settings',
				changes: {
					'registration.enabled': [row.registration_enabled === 1, true],
					'registration.capacity': [row.registration_capacity, settings.capacity]
				}
			},
			nowIso
		);
	});
	await contentChanged(ctx, allianceId);
}
