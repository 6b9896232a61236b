import type { ServiceContext } from '../../context.ts';
import { AppError } from '../../app-error.ts';
import { occurrencePath } from '../core/occurrence-path.ts';
import { toCalendarEvent } from '../core/event.mapper.ts';
import * as events from '../core/event.repository.ts';
import type { CalendarEvent } from '../core/event.types.ts';
import { sendRegistrationCancelled } from './registration.mails.ts';
import * as repo from './registration.repository.ts';
import { hashToken, isTokenShape } from '../core/token.ts';
import {
	type RegistrationCtx,
	type RegistrationSite,
	occurrenceOf
} from './registration.service.ts';
import { announcePromotions, mailData, promoteWaitlist, safely } from './waitlist.service.ts';

/* A registration behind a mail's link; cancelling it, by the person or by the organiser. */

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
	if (!found) throw new AppError('NOT_FOUND', 'registration.manage.invalid');
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
		if (!row || row.event_id !== event.id) throw new AppError('NOT_FOUND', 'error.notFound');
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
