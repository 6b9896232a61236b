import type { ServiceContext } from '../../context.ts';
import { eventIcs } from '../calendar/calendar-feed.service.ts';
import { occurrencePath } from '../core/occurrence-path.ts';
import type { CalendarEvent } from '../core/event.types.ts';
import { sendRegistrationConfirmed, type RegistrationMailData } from './registration.mails.ts';
import * as repo from './registration.repository.ts';
import { hashToken, newToken } from '../core/token.ts';
import { formatWhen } from '../core/when.ts';
import {
	type RegistrationCtx,
	type RegistrationSite,
	occurrenceOf
} from './registration.service.ts';

/* The waiting list of an event moves up (registration.service.ts explains the rules); the mails. */

export function mailData(
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

export async function icsFor(
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
export async function safely(ctx: RegistrationCtx, what: string, send: () => Promise<void>) {
	try {
		await send();
	} catch (error) {
		ctx.log.error({ err: error, what }, 'registration mail could not be sent');
	}
}

/** Confirms the waiting list in order while places allow; returns who moved up (new tokens). */
export async function promoteWaitlist(
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
export async function announcePromotions(
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
