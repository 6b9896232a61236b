import { hitFormLimit } from '../../http/rate-limit.ts';
import { sendRegistrationConfirmed, sendRegistrationWaitlisted } from './registration.mails.ts';
import * as repo from './registration.repository.ts';
import type { RegistrationForm } from './registration.schema.ts';
import { hashToken, newToken } from '../core/token.ts';
import {
	loadEvent,
	comingOccurrences,
	sameInstant,
	stateOf,
	REGISTRATION_RATE_LIMIT,
	type RegistrationCtx,
	type RegistrationSite
} from './registration.service.ts';
import { icsFor, mailData, safely } from './waitlist.service.ts';

/* Registering for an event or one of its dates (registration.service.ts explains the rules). */

export type RegisterResult =
	| { ok: true; status: 'confirmed' | 'waitlisted'; token: string | null; repeated: boolean }
	| { ok: false; key: string; field?: string; status: 400 | 404 | 409 | 429 };

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
