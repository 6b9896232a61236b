import { findAllianceById } from '../alliances/alliance.repository.ts';
import { toAlliance } from '../alliances/alliance.service.ts';
import type { Alliance } from '../alliances/alliance.types.ts';
import { siteUrlOf } from '../concerns/concern-site.ts';
import type { ServiceContext } from '../context.ts';
import { issueMail } from './newsletter.mails.ts';
import { newsletterPaths } from './newsletter-subscribe.service.ts';
import * as repo from './newsletter.repository.ts';

/*
 * Sending an issue: one delivery row per address (unique per issue and address), sent in
 * batches by the job newsletter.send. Each row is claimed (queued → sending) before its mail
 * goes out, so that a batch that runs again after a crash or on another instance never mails
 * an address twice; a row left in `sending` by a crash stays unsent rather than sent twice.
 * A refusal the SMTP server reports (5xx for the recipient or the message) marks the address
 * as bounced; it gets nothing more.
 */

type Ctx = Pick<ServiceContext, 'db' | 'mailer' | 'log' | 'publicUrl'>;

export function parseTopics(json: string): string[] {
	try {
		const value: unknown = JSON.parse(json);
		return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
	} catch {
		return [];
	}
}

/** Confirmed addresses subscribed to at least one of the issue's topics. */
export async function recipientsOf(
	ctx: Pick<ServiceContext, 'db'>,
	allianceId: string,
	topics: readonly string[]
) {
	const wanted = new Set(topics);
	const rows = await repo.findSubscribers(ctx.db, allianceId, 'confirmed');
	return rows.filter((r) => parseTopics(r.topics).some((t) => wanted.has(t)));
}

interface SmtpError {
	code?: string;
	responseCode?: number;
	response?: string;
	message?: string;
}

/** The server refused for good (5xx): the address bounces. */
export function isRefusal(error: unknown): boolean {
	const code = (error as SmtpError)?.responseCode;
	return typeof code === 'number' && code >= 500 && code < 600;
}

/** Not delivered and safe to try again later: a temporary answer (4xx) or no connection. */
export function isRetryable(error: unknown): boolean {
	const e = error as SmtpError;
	if (typeof e?.responseCode === 'number' && e.responseCode >= 400 && e.responseCode < 500) {
		return true;
	}
	return e?.code === 'ECONNECTION' || e?.code === 'EDNS';
}

function describe(error: unknown): string {
	const e = error as SmtpError;
	return (e?.response || e?.message || String(error)).slice(0, 500);
}

class NewsletterRetryLater extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'NewsletterRetryLater';
	}
}

export interface BatchResult {
	sent: number;
	refused: number;
	/** Deliveries still queued after this batch */
	remaining: number;
}

/** Sends up to `size` queued deliveries of one issue. */
export async function sendBatch(
	ctx: Ctx,
	allianceId: string,
	issueId: string,
	size: number,
	now: () => Date = () => new Date()
): Promise<BatchResult | null> {
	const allianceRow = await findAllianceById(ctx.db, allianceId);
	const issue = await repo.findIssue(ctx.db, allianceId, issueId);
	if (!allianceRow || !issue || issue.status !== 'sending') return null;
	const alliance: Alliance = toAlliance(allianceRow);
	const siteUrl = siteUrlOf(ctx.publicUrl, alliance);
	const result: BatchResult = { sent: 0, refused: 0, remaining: 0 };
	for (const delivery of await repo.findQueuedDeliveries(ctx.db, allianceId, issueId, size)) {
		const at = now().toISOString();
		if (!(await repo.claimDelivery(ctx.db, allianceId, delivery.id, at))) continue;
		if (delivery.subscriber_status !== 'confirmed' || !delivery.unsubscribe_token) {
			// Unsubscribed or bounced since the send started.
			await repo.finishDelivery(ctx.db, allianceId, delivery.id, 'failed', at, 'not subscribed');
			continue;
		}
		const mail = issueMail(delivery.email, {
			subject: issue.subject,
			bodyHtml: issue.body_html,
			allianceName: alliance.name,
			siteUrl,
			replyTo: alliance.contact.email || undefined,
			locale: delivery.locale === 'en' ? 'en' : 'de',
			...newsletterPaths(siteUrl, delivery.unsubscribe_token)
		});
		try {
			await ctx.mailer.send(mail);
			await repo.finishDelivery(ctx.db, allianceId, delivery.id, 'sent', now().toISOString());
			result.sent++;
		} catch (error) {
			const done = now().toISOString();
			if (isRefusal(error)) {
				await repo.finishDelivery(
					ctx.db,
					allianceId,
					delivery.id,
					'refused',
					done,
					describe(error)
				);
				await repo.markBounced(ctx.db, allianceId, delivery.email, describe(error), done);
				ctx.log.warn({ issueId, err: describe(error) }, 'newsletter recipient refused');
				result.refused++;
			} else if (isRetryable(error)) {
				// Not handed over: back in the queue, the job tries again later.
				await repo.finishDelivery(ctx.db, allianceId, delivery.id, 'queued', done, describe(error));
				throw new NewsletterRetryLater(describe(error));
			} else {
				await repo.finishDelivery(ctx.db, allianceId, delivery.id, 'failed', done, describe(error));
				ctx.log.error({ issueId, err: error }, 'newsletter mail failed');
			}
		}
	}
	const counts = await repo.countDeliveries(ctx.db, allianceId, issueId);
	result.remaining = counts.queued ?? 0;
	if (!result.remaining) {
		const iso = now().toISOString();
		await repo.updateIssue(
			ctx.db,
			allianceId,
			issueId,
			{ status: 'sent', sent_at: iso, updated_at: iso },
			'sending'
		);
	}
	return result;
}
