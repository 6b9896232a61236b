import type { ServiceContext } from '../../context.ts';
import { RuleError } from '../../auth/rule-error.ts';
import { hitFormLimit } from '../../http/rate-limit.ts';
import { eventIcs } from '../calendar/calendar-feed.service.ts';
import { occurrencePath } from '../calendar/calendar.service.ts';
import { toCalendarEvent } from '../core/event.mapper.ts';
import * as events from '../core/event.repository.ts';
import type { CalendarEvent } from '../core/event.types.ts';
import { ensureHorizon } from '../core/occurrence-cache.ts';
import * as occurrences from '../core/occurrence.repository.ts';
import {
	sendRegistrationCancelled,
	sendRegistrationConfirmed,
	sendRegistrationWaitlisted,
	type RegistrationMailData
} from './registration-mails.ts';
import * as repo from './registration.repository.ts';
import type { RegistrationForm } from './registration.schema.ts';
import { hashToken, isTokenShape, newToken } from '../core/token.ts';
import { formatWhen } from '../core/when.ts';

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

function stateOf(
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

async function loadEvent(ctx: Pick<ServiceContext, 'db'>, allianceId: string, slug: string) {
	const row = await events.findEventBySlug(ctx.db, allianceId, slug);
	if (!row || (row.status !== 'published' && row.status !== 'cancelled')) return undefined;
	return toCalendarEvent(row);
}

async function comingOccurrences(
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

function sameInstant(a: string, b: string): boolean {
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

export type RegisterResult =
	| { ok: true; status: 'confirmed' | 'waitlisted'; token: string | null; repeated: boolean }
	| { ok: false; key: string; field?: string; status: 400 | 404 | 409 | 429 };

function mailData(
	site: RegistrationSite,
	event: CalendarEvent,
	occurrence: { recurrenceId: string; start: string; end: string; allDay: boolean },
	row: { name: string; adults: number; children: number; locale: string },
	token: string | null
): RegistrationMailData {
	const locale = row.locale === 'en' ? 'en' : 'de';
	return {
		locale,
		allianceName: site.allianceName,
		replyTo: site.replyTo,
		name: row.name,
		title: event.title,
		when: formatWhen(occurrence.start, occurrence.end, occurrence.allDay, locale),
		place: [event.location.placeName, event.location.address].filter(Boolean).join(', '),
		adults: row.adults,
		children: row.children,
		eventUrl: `${site.siteUrl}${occurrencePath(event.slug, event.rrule !== null, occurrence.recurrenceId)}`,
		manageUrl: token ? `${site.siteUrl}/termine/${event.slug}/anmeldung/${token}` : site.siteUrl
	};
}

async function icsFor(
	ctx: Pick<ServiceContext, 'db'>,
	site: RegistrationSite,
	event: CalendarEvent,
	recurrenceId: string
): Promise<string> {
	return eventIcs(
		ctx,
		event.allianceId,
		event,
		{ baseUrl: site.siteUrl, name: site.allianceName },
		{ recurrenceId: event.rrule ? recurrenceId : null }
	);
}

/** Sends a mail without letting a mail server problem undo what is saved. */
async function safely(ctx: RegistrationCtx, what: string, send: () => Promise<void>) {
	try {
		await send();
	} catch (error) {
		ctx.log.error({ err: error, what }, 'registration mail could not be sent');
	}
}

/** Confirms the waiting list in order while places allow; returns who moved up (new tokens). */
async function promoteWaitlist(
	db: ServiceContext['db'],
	event: CalendarEvent,
	occurrenceStart: string,
	nowIso: string
): Promise<{ row: repo.RegistrationRow; token: string }[]> {
	const capacity = event.registration.capacity;
	const counts = await repo.countsOf(db, event.allianceId, event.id, occurrenceStart);
	let taken = counts.confirmed.persons;
	const promoted: { row: repo.RegistrationRow; token: string }[] = [];
	for (const row of await repo.findWaitlist(db, event.allianceId, event.id, occurrenceStart)) {
		const persons = row.adults + row.children;
		// First come, first served: whoever is first must fit before anyone behind them moves up.
		if (capacity !== null && taken + persons > capacity) break;
		const token = newToken();
		await repo.updateRegistration(db, event.allianceId, row.id, {
			status: 'confirmed',
			promoted_at: nowIso,
			updated_at: nowIso,
			token_hash: hashToken(token)
		});
		taken += persons;
		promoted.push({ row, token });
	}
	return promoted;
}

/** Mails everyone who moved up. */
async function announcePromotions(
	ctx: RegistrationCtx,
	site: RegistrationSite,
	event: CalendarEvent,
	occurrence: { recurrenceId: string; start: string; end: string; allDay: boolean },
	promoted: { row: repo.RegistrationRow; token: string }[]
): Promise<void> {
	if (!promoted.length) return;
	const ics = await icsFor(ctx, site, event, occurrence.recurrenceId);
	for (const { row, token } of promoted) {
		await safely(ctx, 'promoted', () =>
			sendRegistrationConfirmed(
				ctx.mailer,
				row.email,
				{ ...mailData(site, event, occurrence, row, token), ics },
				{ promoted: true }
			)
		);
	}
}

/**
 * Registers someone for an event (and, for a series, one of its dates). A filled honeypot is
 * accepted silently and dropped. The same address twice for the same date gets its mail again
 * with a fresh link, not a second place.
 */
export async function register(
	ctx: RegistrationCtx,
	site: RegistrationSite,
	allianceId: string,
	slug: string,
	form: RegistrationForm,
	clientKey: string,
	now = new Date()
): Promise<RegisterResult> {
	if (form.website) {
		ctx.log.info({ slug }, 'registration: honeypot filled, dropped');
		return { ok: true, status: 'confirmed', token: null, repeated: false };
	}
	const allowed = await hitFormLimit(ctx.db, {
		form: 'registration',
		allianceId,
		client: clientKey,
		limit: REGISTRATION_RATE_LIMIT,
		windowMs: 10 * 60_000,
		now: now.getTime()
	});
	if (!allowed) return { ok: false, key: 'error.tooManyRequests', status: 429 };

	const event = await loadEvent(ctx, allianceId, slug);
	if (!event || !event.registration.enabled) {
		return { ok: false, key: 'error.notFound', status: 404 };
	}
	const list = await comingOccurrences(ctx, event, now);
	const occurrence = event.rrule
		? list.find((o) => form.occurrence && sameInstant(o.recurrenceId, form.occurrence))
		: list[0];
	if (!occurrence) {
		return { ok: false, key: 'registration.error.date', field: 'occurrence', status: 400 };
	}
	const persons = form.adults + form.children;
	if (event.registration.capacity !== null && persons > event.registration.capacity) {
		return { ok: false, key: 'registration.error.moreThanCapacity', field: 'adults', status: 400 };
	}
	const nowIso = now.toISOString();
	const token = newToken();

	const outcome = await ctx.db.transaction().execute(async (trx) => {
		await repo.lockEvent(trx, ctx.dialect, allianceId, event.id);
		const counts = await repo.countsOf(trx, allianceId, event.id, occurrence.recurrenceId);
		const state = stateOf(event, occurrence, counts, now);
		if (!state.open) return { closed: state.reason } as const;
		const existing = await repo.findActiveByEmail(
			trx,
			allianceId,
			event.id,
			occurrence.recurrenceId,
			form.email
		);
		if (existing) {
			await repo.updateRegistration(trx, allianceId, existing.id, {
				token_hash: hashToken(token),
				updated_at: nowIso
			});
			return { row: existing, status: existing.status, repeated: true } as const;
		}
		const fits = state.free === null || persons <= state.free;
		const status = fits && state.waiting === 0 ? 'confirmed' : 'waitlisted';
		if (status === 'waitlisted' && !state.waitlist) return { closed: 'full' } as const;
		const row = {
			id: crypto.randomUUID(),
			alliance_id: allianceId,
			event_id: event.id,
			occurrence_start: occurrence.recurrenceId,
			position: await repo.nextPosition(trx, allianceId, event.id),
			status,
			name: form.name,
			email: form.email,
			note: form.note,
			adults: form.adults,
			children: form.children,
			locale: site.locale,
			token_hash: hashToken(token),
			consent_privacy_at: nowIso,
			created_at: nowIso,
			updated_at: nowIso
		} as const;
		await repo.insertRegistration(trx, row);
		return {
			row: { ...row, promoted_at: null, cancelled_at: null, anonymized_at: null },
			status,
			repeated: false
		} as const;
	});

	if ('closed' in outcome) {
		return {
			ok: false,
			key: `registration.closed.${outcome.closed ?? 'disabled'}`,
			status: 409
		};
	}
	const data = mailData(site, event, occurrence, outcome.row, token);
	if (outcome.status === 'confirmed') {
		const ics = await icsFor(ctx, site, event, occurrence.recurrenceId);
		await safely(ctx, 'confirmed', () =>
			sendRegistrationConfirmed(ctx.mailer, form.email, { ...data, ics })
		);
	} else {
		await safely(ctx, 'waitlisted', () => sendRegistrationWaitlisted(ctx.mailer, form.email, data));
	}
	return {
		ok: true,
		status: outcome.status === 'confirmed' ? 'confirmed' : 'waitlisted',
		token,
		repeated: outcome.repeated
	};
}

export interface RegistrationView {
	eventTitle: string;
	eventSlug: string;
	eventPath: string;
	status: 'confirmed' | 'waitlisted' | 'cancelled';
	name: string;
	adults: number;
	children: number;
	start: string;
	end: string;
	allDay: boolean;
	place: string;
}

async function occurrenceOf(
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

async function byToken(
	ctx: Pick<ServiceContext, 'db'>,
	allianceId: string,
	slug: string,
	token: string
) {
	if (!isTokenShape(token)) return undefined;
	const row = await repo.findRegistrationByTokenHash(ctx.db, allianceId, hashToken(token));
	if (!row) return undefined;
	const eventRow = await events.findEventById(ctx.db, allianceId, row.event_id);
	if (!eventRow || eventRow.slug !== slug) return undefined;
	return { row, event: toCalendarEvent(eventRow) };
}

/** The registration behind a link from a mail (undefined: unknown or no longer valid). */
export async function registrationByToken(
	ctx: Pick<ServiceContext, 'db'>,
	allianceId: string,
	slug: string,
	token: string
): Promise<RegistrationView | undefined> {
	const found = await byToken(ctx, allianceId, slug, token);
	if (!found) return undefined;
	const { row, event } = found;
	const occurrence = await occurrenceOf(ctx, event, row.occurrence_start);
	return {
		eventTitle: event.title,
		eventSlug: event.slug,
		eventPath: occurrencePath(event.slug, event.rrule !== null, row.occurrence_start),
		status: row.status,
		name: row.name,
		adults: row.adults,
		children: row.children,
		start: occurrence.start,
		end: occurrence.end,
		allDay: occurrence.allDay,
		place: [event.location.placeName, event.location.address].filter(Boolean).join(', ')
	};
}

/** Cancels a registration itself (link from the mail); the waiting list moves up. */
export async function cancelByToken(
	ctx: RegistrationCtx,
	site: RegistrationSite,
	allianceId: string,
	slug: string,
	token: string,
	now = new Date()
): Promise<{ ok: true; alreadyCancelled: boolean }> {
	const found = await byToken(ctx, allianceId, slug, token);
	if (!found) throw new RuleError('error.notFound', 404);
	return cancelRegistration(ctx, site, found.event, found.row.id, now, { byOrganiser: false });
}

/**
 * Cancels one registration (by the person or the organiser), moves the waiting list up and
 * mails everyone concerned.
 */
export async function cancelRegistration(
	ctx: RegistrationCtx,
	site: RegistrationSite,
	event: CalendarEvent,
	registrationId: string,
	now: Date,
	options: { byOrganiser: boolean }
): Promise<{ ok: true; alreadyCancelled: boolean }> {
	const nowIso = now.toISOString();
	const result = await ctx.db.transaction().execute(async (trx) => {
		await repo.lockEvent(trx, ctx.dialect, event.allianceId, event.id);
		const row = await repo.findRegistrationById(trx, event.allianceId, registrationId);
		if (!row || row.event_id !== event.id) throw new RuleError('error.notFound', 404);
		if (row.status === 'cancelled') return { row, promoted: [], already: true };
		await repo.updateRegistration(trx, event.allianceId, row.id, {
			status: 'cancelled',
			cancelled_at: nowIso,
			updated_at: nowIso
		});
		const promoted = await promoteWaitlist(trx, event, row.occurrence_start, nowIso);
		return { row, promoted, already: false };
	});
	if (result.already) return { ok: true, alreadyCancelled: true };
	const occurrence = await occurrenceOf(ctx, event, result.row.occurrence_start);
	if (result.row.email) {
		await safely(ctx, 'cancelled', () =>
			sendRegistrationCancelled(
				ctx.mailer,
				result.row.email,
				mailData(site, event, occurrence, result.row, null),
				{ byOrganiser: options.byOrganiser }
			)
		);
	}
	if (occurrence.start > nowIso) {
		await announcePromotions(ctx, site, event, occurrence, result.promoted);
	}
	return { ok: true, alreadyCancelled: false };
}

/**
 * After the capacity rose or the waiting list was switched on: confirm whoever fits now, on
 * every date of the event that has people waiting.
 */
export async function promoteAfterChange(
	ctx: RegistrationCtx,
	site: RegistrationSite,
	event: CalendarEvent,
	now = new Date()
): Promise<number> {
	const nowIso = now.toISOString();
	let count = 0;
	for (const start of await repo.findOccurrencesWithWaitlist(ctx.db, event.allianceId, event.id)) {
		const promoted = await ctx.db.transaction().execute(async (trx) => {
			await repo.lockEvent(trx, ctx.dialect, event.allianceId, event.id);
			return promoteWaitlist(trx, event, start, nowIso);
		});
		const occurrence = await occurrenceOf(ctx, event, start);
		if (occurrence.start > nowIso) await announcePromotions(ctx, site, event, occurrence, promoted);
		count += promoted.length;
	}
	return count;
}
