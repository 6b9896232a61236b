import type { ServiceContext } from '../../context.ts';
import { AppError } from '../../app-error.ts';
import { hitFormLimit } from '../../http/rate-limit.ts';
import { idsInAlliance } from '../../access/access.service.ts';
import { createEvent } from '../core/create-event.service.ts';
import { recordEventChange } from '../core/event-write.ts';
import { validateEventInput } from '../core/event.service.ts';
import { SYSTEM_ACTOR, type EventInput } from '../core/event.types.ts';
import { sendSubmissionConfirmation } from './moderation.mails.ts';
import { notifyModerators, type ModerationCtx, type WorkflowSite } from './moderation.service.ts';
import { calendarSettings } from '../core/moderation.settings.ts';
import { hashToken, isTokenShape, newToken } from '../core/token.ts';
import { formatWhen } from '../core/when.ts';
import * as repo from './submission.repository.ts';
import type { Submitter } from './submission.schema.ts';

/*
 * "Termin melden": anyone may report an event without an account. The report waits (not as an
 * event) until the sender confirms their address with the link we mail; only then does it become
 * an event with status "submitted" in the moderation queue, and the coordinators hear of it.
 * Honeypot, rate limit and expiry keep bots and typos out of the queue.
 */

/** Reports per address and hour. */
export const SUBMISSION_RATE_LIMIT = 5;
/** How long the confirmation link is valid. */
export const CONFIRMATION_HOURS = 48;
/** Confirmed reports are kept this long, then only the event remains. */
const CONFIRMED_KEPT_DAYS = 7;
/** The sender's name and address are forgotten this long after the decision. */
export const SUBMITTER_KEPT_DAYS = 180;
const DAY = 86_400_000;

export async function submitPublicEvent(
	ctx: ModerationCtx & Pick<ServiceContext, 'dialect'>,
	site: WorkflowSite,
	allianceId: string,
	raw: EventInput,
	submitter: Submitter,
	clientKey: string,
	now = new Date()
): Promise<void> {
	if (submitter.fax) {
		ctx.log.info({ allianceId }, 'event submission: honeypot filled, dropped');
		return;
	}
	const settings = await calendarSettings(ctx, allianceId);
	if (!settings.publicSubmissions) throw new AppError('FORBIDDEN', 'submission.closed');
	const allowed = await hitFormLimit(ctx.db, {
		form: 'submission',
		allianceId,
		client: clientKey,
		limit: SUBMISSION_RATE_LIMIT,
		windowMs: 3600_000,
		now: now.getTime()
	});
	if (!allowed) throw new AppError('RATE_LIMITED', 'error.tooManyRequests');
	// Same rules as every event; nothing the public sends decides about the alliance's own fields.
	const input = validateEventInput({
		...raw,
		rrule: null,
		exdates: [],
		organiserPartnerId: null,
		image: null,
		attachmentIds: [],
		highlight: false,
		// Only the alliance's own topics (anything else is dropped, not an error for the public).
		topicIds: await idsInAlliance(ctx, allianceId, 'topic', raw.topicIds)
	});
	const token = newToken();
	await repo.insertSubmission(ctx.db, {
		id: crypto.randomUUID(),
		alliance_id: allianceId,
		token_hash: hashToken(token),
		payload: JSON.stringify(input),
		submitter_name: submitter.submitterName,
		submitter_email: submitter.submitterEmail,
		locale: site.locale,
		consent_privacy_at: now.toISOString(),
		created_at: now.toISOString(),
		expires_at: new Date(now.getTime() + CONFIRMATION_HOURS * 3600_000).toISOString()
	});
	try {
		await sendSubmissionConfirmation(ctx.mailer, submitter.submitterEmail, {
			allianceName: site.allianceName,
			replyTo: site.replyTo,
			name: submitter.submitterName,
			title: input.title,
			when: formatWhen(input.start, input.end, input.allDay, site.locale),
			confirmUrl: `${site.siteUrl}/termine/melden/bestaetigen/${token}`,
			locale: site.locale,
			validHours: CONFIRMATION_HOURS
		});
	} catch (error) {
		ctx.log.error({ err: error }, 'submission confirmation mail could not be sent');
	}
}

export type SubmissionState =
	| { state: 'pending'; title: string; when: string }
	| { state: 'confirmed'; title: string; when: string }
	| { state: 'expired' }
	| { state: 'unknown' };

async function findByToken(ctx: Pick<ServiceContext, 'db'>, allianceId: string, token: string) {
	if (!isTokenShape(token)) return undefined;
	return repo.findSubmissionByTokenHash(ctx.db, allianceId, hashToken(token));
}

/** What the confirmation page shows (it changes nothing). */
export async function submissionByToken(
	ctx: Pick<ServiceContext, 'db'>,
	allianceId: string,
	token: string,
	locale: 'de' | 'en' = 'de',
	now = new Date()
): Promise<SubmissionState> {
	const row = await findByToken(ctx, allianceId, token);
	if (!row) return { state: 'unknown' };
	const input = JSON.parse(row.payload) as EventInput;
	const when = formatWhen(input.start, input.end, input.allDay, locale);
	if (row.confirmed_at) return { state: 'confirmed', title: input.title, when };
	if (row.expires_at < now.toISOString()) return { state: 'expired' };
	return { state: 'pending', title: input.title, when };
}

/**
 * The sender confirms: the report becomes an event waiting for approval, the history notes who
 * sent it, the coordinators get a mail. A second click changes nothing.
 */
export async function confirmSubmission(
	ctx: ModerationCtx,
	site: WorkflowSite,
	allianceId: string,
	token: string,
	now = new Date()
): Promise<{ alreadyConfirmed: boolean }> {
	const row = await findByToken(ctx, allianceId, token);
	if (!row) throw new AppError('NOT_FOUND', 'submission.confirm.unknown');
	if (row.confirmed_at) return { alreadyConfirmed: true };
	if (row.expires_at < now.toISOString()) throw new AppError('GONE', 'submission.confirm.expired');
	if (!(await repo.claimConfirmation(ctx.db, row.id, now.toISOString()))) {
		return { alreadyConfirmed: true }; // two clicks at the same moment: the other one won
	}
	const input = JSON.parse(row.payload) as EventInput;
	let event;
	try {
		event = await createEvent(ctx, SYSTEM_ACTOR, allianceId, input, {
			status: 'submitted',
			source: 'submission',
			submitter: { name: row.submitter_name, email: row.submitter_email },
			now
		});
	} catch (error) {
		await repo.releaseConfirmation(ctx.db, row.id);
		throw error;
	}
	await repo.setSubmissionEvent(ctx.db, row.id, event.id);
	await ctx.db.transaction().execute((trx) =>
		recordEventChange(
			trx,
			SYSTEM_ACTOR,
			allianceId,
			event,
			{
				action: 'submission.confirmed',
				note: `Über „Termin melden“ von ${row.submitter_name} <${row.submitter_email}>; E-Mail-Adresse bestätigt`
			},
			now.toISOString()
		)
	);
	await notifyModerators(
		ctx,
		site,
		allianceId,
		event,
		`${row.submitter_name} <${row.submitter_email}> über „Termin melden“`
	);
	return { alreadyConfirmed: false };
}

/** Clean-up: expired and old confirmed reports go, senders are forgotten after a while. */
export async function cleanUpSubmissions(
	ctx: Pick<ServiceContext, 'db' | 'log'>,
	now = new Date()
): Promise<void> {
	const removed = await repo.deleteOldSubmissions(
		ctx.db,
		now.toISOString(),
		new Date(now.getTime() - CONFIRMED_KEPT_DAYS * DAY).toISOString()
	);
	const cleared = await repo.clearOldSubmitters(
		ctx.db,
		new Date(now.getTime() - SUBMITTER_KEPT_DAYS * DAY).toISOString()
	);
	if (removed || cleared) ctx.log.info({ removed, cleared }, 'event submissions cleaned up');
}
