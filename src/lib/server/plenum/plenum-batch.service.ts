import { findAllianceById } from '../alliances/alliance.repository.ts';
import { toAlliance } from '../alliances/alliance.service.ts';
import type { Alliance } from '../alliances/alliance.types.ts';
import type { ServiceContext } from '../context.ts';
import { eventIcs } from '../events/calendar/calendar-feed.service.ts';
import type { CalendarEvent } from '../events/core/event.types.ts';
import { isRefusal, isRetryable } from '../newsletter/newsletter-send.service.ts';
import { newsletterPaths } from '../newsletter/newsletter-subscribe.service.ts';
import { markBounced } from '../newsletter/newsletter.repository.ts';
import { plenumMail, type PlenumMailData, type PlenumRecipient } from './plenum.mails.ts';
import * as repo from './plenum.repository.ts';
import * as deliveryRepo from './plenum-delivery.repository.ts';
import { agendaOf, eventOf, placeOf, siteOf } from './plenum.service.ts';
import type { PlenumMailKind } from './plenum.table.ts';

/*
 * One batch of a plenum's mails, as the job plenum.send runs it: each delivery row is claimed
 * (queued → sending) before its mail goes out, so that a batch run again after a crash or on
 * another instance never mails an address twice. Starting a send lives in plenum-send.service.
 */

type Ctx = Pick<ServiceContext, 'db' | 'dialect' | 'mailer' | 'log' | 'publicUrl'>;

export const sendDedupeKey = (plenumId: string, kind: PlenumMailKind, batch: number) =>
	`plenum:${plenumId}:${kind}:${batch}`;

/** What every mail of the plenum says: the event, its place, agenda and links. */
export async function mailData(
	ctx: Pick<ServiceContext, 'db' | 'publicUrl'>,
	alliance: Alliance,
	row: repo.PlenumRow,
	event: CalendarEvent,
	kind: PlenumMailKind
): Promise<PlenumMailData> {
	const site = siteOf(ctx, alliance);
	const ics =
		kind === 'minutes'
			? null
			: await eventIcs(ctx, alliance.id, event, {
					baseUrl: site.siteUrl,
					name: alliance.name
				});
	return {
		...site,
		title: event.title,
		start: event.start,
		end: event.end,
		allDay: event.allDay,
		place: placeOf(event),
		agenda: agendaOf(row),
		intro: row.invitation_text,
		eventUrl: `${site.siteUrl}/termine/${event.slug}`,
		registrationUrl: event.registration.enabled
			? `${site.siteUrl}/termine/${event.slug}/anmeldung`
			: null,
		minutesUrl:
			row.minutes_visibility === 'public'
				? `${site.siteUrl}/termine/${event.slug}/protokoll`
				: `${site.siteUrl}/intern/plenum/${row.id}`,
		ics
	};
}

class PlenumRetryLater extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'PlenumRetryLater';
	}
}

function describe(error: unknown): string {
	const e = error as { response?: string; message?: string };
	return (e?.response || e?.message || String(error)).slice(0, 500);
}

export interface BatchResult {
	sent: number;
	refused: number;
	remaining: number;
}

/** Sends up to `size` queued mails of one kind of one plenum. */
export async function sendBatch(
	ctx: Ctx,
	allianceId: string,
	plenumId: string,
	kind: PlenumMailKind,
	size: number,
	now: () => Date = () => new Date()
): Promise<BatchResult | null> {
	const allianceRow = await findAllianceById(ctx.db, allianceId);
	const row = await repo.findPlenum(ctx.db, allianceId, plenumId);
	if (!allianceRow || !row) return null;
	const alliance = toAlliance(allianceRow);
	const event = await eventOf(ctx, row);
	const data = await mailData(ctx, alliance, row, event, kind);
	const result: BatchResult = { sent: 0, refused: 0, remaining: 0 };
	for (const d of await deliveryRepo.findQueuedDeliveries(
		ctx.db,
		allianceId,
		plenumId,
		kind,
		size
	)) {
		const at = now().toISOString();
		if (!(await deliveryRepo.claimDelivery(ctx.db, allianceId, d.id, at))) continue;
		const subscriber = d.source === 'subscriber';
		if (subscriber && (d.subscriber_status !== 'confirmed' || !d.unsubscribe_token)) {
			// Unsubscribed or bounced since the send started.
			await deliveryRepo.finishDelivery(ctx.db, allianceId, d.id, 'failed', at, 'not subscribed');
			continue;
		}
		const to: PlenumRecipient = {
			email: d.email,
			name: d.name,
			source: d.source,
			locale: d.locale === 'en' ? 'en' : 'de',
			variant: d.variant,
			unsubscribe:
				subscriber && d.unsubscribe_token
					? newsletterPaths(data.siteUrl, d.unsubscribe_token)
					: undefined
		};
		try {
			await ctx.mailer.send(plenumMail(kind, to, data));
			await deliveryRepo.finishDelivery(ctx.db, allianceId, d.id, 'sent', now().toISOString());
			result.sent++;
		} catch (error) {
			const done = now().toISOString();
			if (isRefusal(error)) {
				await deliveryRepo.finishDelivery(
					ctx.db,
					allianceId,
					d.id,
					'refused',
					done,
					describe(error)
				);
				if (subscriber) await markBounced(ctx.db, allianceId, d.email, describe(error), done);
				ctx.log.warn({ plenumId, kind, err: describe(error) }, 'plenum recipient refused');
				result.refused++;
			} else if (isRetryable(error)) {
				await deliveryRepo.finishDelivery(
					ctx.db,
					allianceId,
					d.id,
					'queued',
					done,
					describe(error)
				);
				throw new PlenumRetryLater(describe(error));
			} else {
				await deliveryRepo.finishDelivery(
					ctx.db,
					allianceId,
					d.id,
					'failed',
					done,
					describe(error)
				);
				ctx.log.error({ plenumId, kind, err: error }, 'plenum mail failed');
			}
		}
	}
	const counts = await deliveryRepo.countDeliveries(ctx.db, allianceId, plenumId, kind);
	result.remaining = counts.queued ?? 0;
	if (!result.remaining) {
		const iso = now().toISOString();
		if (kind === 'invitation') {
			await repo.updatePlenum(
				ctx.db,
				allianceId,
				plenumId,
				{ invitation_status: 'sent', updated_at: iso },
				{ invitation: 'sending' }
			);
		} else if (kind === 'reminder') {
			await repo.updatePlenum(
				ctx.db,
				allianceId,
				plenumId,
				{ reminder_status: 'sent', updated_at: iso },
				{ reminder: 'sending' }
			);
		}
	}
	return result;
}

/** Delivery counts of the plenum's three mails (for the page). */
export async function deliveryCounts(ctx: Pick<ServiceContext, 'db'>, row: repo.PlenumRow) {
	return {
		invitation: await deliveryRepo.countDeliveries(ctx.db, row.alliance_id, row.id, 'invitation'),
		reminder: await deliveryRepo.countDeliveries(ctx.db, row.alliance_id, row.id, 'reminder'),
		minutes: await deliveryRepo.countDeliveries(ctx.db, row.alliance_id, row.id, 'minutes')
	};
}
