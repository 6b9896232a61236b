import type { Alliance } from '../alliances/alliance.types.ts';
import { hashSecret, isSecretShape, newSecret, siteUrlOf } from '../concerns/concern-site.ts';
import {
	checkFormToken,
	hashedKey,
	issueFormToken,
	withinRateLimits
} from '../concerns/form-guard.ts';
import type { ServiceContext } from '../context.ts';
import { translate } from '../../i18n/index.ts';
import { findTopics } from '../ideas/idea.repository.ts';
import { sendNewsletterConfirmMail } from './newsletter.mails.ts';
import type { SubscribeInput } from './newsletter.schema.ts';
import * as repo from './newsletter.repository.ts';

/*
 * Subscribing with double opt-in: the form records the consent text word for word and when it
 * was given; the mailed link leads to a page with a button (a POST confirms, so mail scanners
 * that open links confirm nothing). Unconfirmed addresses are deleted after a few days.
 * Unsubscribing needs no login: the link in every mail, or one click from the mail program.
 */

type Ctx = Pick<ServiceContext, 'db' | 'mailer' | 'log' | 'publicUrl'>;

const UNCONFIRMED_KEPT_DAYS = 3;
const SUBSCRIBE_LIMIT_PER_ALLIANCE = { limit: 5, windowMs: 60 * 60_000 };
const SUBSCRIBE_LIMIT_PER_INSTALLATION = { limit: 15, windowMs: 60 * 60_000 };
const SUBSCRIBE_LIMIT_PER_RECIPIENT = { limit: 3, windowMs: 24 * 60 * 60_000 };

export const newsletterScope = (allianceId: string) => `newsletter:${allianceId}`;

/** The consent text shown beside the checkbox and stored with the subscription. */
function consentText(locale: 'de' | 'en', allianceName: string): string {
	return translate(locale, 'newsletter.consent', { name: allianceName });
}

export function newsletterPaths(siteUrl: string, unsubscribeToken: string) {
	const page = `${siteUrl}/newsletter/abmelden/${unsubscribeToken}`;
	return { unsubscribePage: page, oneClickUrl: `${page}/sofort` };
}

export async function subscribeForm(ctx: Pick<ServiceContext, 'db'>, allianceId: string) {
	return {
		topics: await findTopics(ctx.db, allianceId),
		started: await issueFormToken(ctx.db, newsletterScope(allianceId))
	};
}

export type SubscribeFailure = {
	ok: false;
	error:
		| 'error.tooManyRequests'
		| 'concerns.error.tooFast'
		| 'concerns.error.expired'
		| 'newsletter.error.topics';
	status: 400 | 429;
	field?: string;
};

export interface Visitor {
	clientKey: string;
	/** The language of the page the form was sent from (consent text) */
	pageLocale: 'de' | 'en';
	prefix?: string;
	now?: Date;
}

export async function subscribe(
	ctx: Ctx,
	alliance: Alliance,
	input: SubscribeInput,
	visitor: Visitor
): Promise<{ ok: true } | SubscribeFailure> {
	const now = visitor.now ?? new Date();
	if (input.website) return { ok: true };
	const known = new Set((await findTopics(ctx.db, alliance.id)).map((t) => `topic:${t.id}`));
	if (input.topics.some((t) => t.startsWith('topic:') && !known.has(t))) {
		return { ok: false, error: 'newsletter.error.topics', status: 400, field: 'topics' };
	}
	const token = await checkFormToken(
		ctx.db,
		newsletterScope(alliance.id),
		input.started,
		now.getTime()
	);
	if (token === 'tooFast') return { ok: false, error: 'concerns.error.tooFast', status: 400 };
	if (token === 'invalid') return { ok: false, error: 'concerns.error.expired', status: 400 };
	const allowed = await withinRateLimits(
		ctx.db,
		[
			{ key: `newsletter:a:${alliance.id}:${visitor.clientKey}`, ...SUBSCRIBE_LIMIT_PER_ALLIANCE },
			{ key: `form:ip:${visitor.clientKey}`, ...SUBSCRIBE_LIMIT_PER_INSTALLATION },
			{ key: `form:to:${hashedKey(input.email)}`, ...SUBSCRIBE_LIMIT_PER_RECIPIENT }
		],
		now.getTime()
	);
	if (!allowed) return { ok: false, error: 'error.tooManyRequests', status: 429 };

	const iso = now.toISOString();
	const existing = await repo.findSubscriberByEmail(ctx.db, alliance.id, input.email);
	// A confirmed address stays as it is: nobody changes another person's subscription by
	// typing their address. The answer is the same, so the form reveals nothing.
	if (existing?.status === 'confirmed') return { ok: true };
	const secret = newSecret();
	const record = {
		locale: input.locale,
		topics: JSON.stringify(input.topics),
		status: 'pending' as const,
		consent_text: consentText(visitor.pageLocale, alliance.name),
		consent_at: iso,
		confirm_hash: hashSecret(secret),
		confirmed_at: null,
		updated_at: iso
	};
	if (existing) {
		await repo.updateSubscriber(ctx.db, alliance.id, existing.id, { ...record, created_at: iso });
	} else {
		await repo.insertSubscriber(ctx.db, {
			id: crypto.randomUUID(),
			alliance_id: alliance.id,
			email: input.email,
			unsubscribe_token: newSecret(),
			created_at: iso,
			...record
		});
	}
	const siteUrl = siteUrlOf(ctx.publicUrl, alliance, visitor.prefix);
	await sendNewsletterConfirmMail(
		ctx.mailer,
		input.email,
		{
			allianceName: alliance.name,
			siteUrl,
			replyTo: alliance.contact.email || undefined,
			locale: input.locale
		},
		`${siteUrl}/newsletter/bestaetigen/${secret}`
	);
	return { ok: true };
}

/** Whether a confirmation link is (still) good, for the page before the button. */
export async function confirmable(
	ctx: Pick<ServiceContext, 'db'>,
	allianceId: string,
	token: string
) {
	if (!isSecretShape(token)) return false;
	return Boolean(await repo.findSubscriberByConfirmHash(ctx.db, allianceId, hashSecret(token)));
}

/** The button on the confirmation page: the address receives the newsletter from now on. */
export async function confirmSubscription(
	ctx: Pick<ServiceContext, 'db'>,
	allianceId: string,
	token: string,
	now = new Date()
): Promise<boolean> {
	if (!isSecretShape(token)) return false;
	const row = await repo.findSubscriberByConfirmHash(ctx.db, allianceId, hashSecret(token));
	if (!row) return false;
	const iso = now.toISOString();
	await repo.updateSubscriber(ctx.db, allianceId, row.id, {
		status: 'confirmed',
		confirm_hash: null,
		confirmed_at: iso,
		updated_at: iso
	});
	return true;
}

/** For the unsubscribe page: the address (partly hidden) behind a link, or null. */
export async function unsubscribable(
	ctx: Pick<ServiceContext, 'db'>,
	allianceId: string,
	token: string
) {
	if (!isSecretShape(token)) return null;
	const row = await repo.findSubscriberByUnsubscribeToken(ctx.db, allianceId, token);
	if (!row) return null;
	const [local = '', domain = ''] = row.email.split('@');
	return { email: `${local.slice(0, 2)}…@${domain}` };
}

/**
 * Unsubscribes by the link's secret (the page's button or a one-click POST): the address is
 * deleted. True also when it was already gone, so repeating the click is harmless.
 */
export async function unsubscribe(
	ctx: Pick<ServiceContext, 'db' | 'log'>,
	allianceId: string,
	token: string
): Promise<boolean> {
	if (!isSecretShape(token)) return false;
	const row = await repo.findSubscriberByUnsubscribeToken(ctx.db, allianceId, token);
	if (!row) return false;
	await repo.deleteSubscriber(ctx.db, allianceId, row.id);
	ctx.log.info({ allianceId }, 'newsletter unsubscribed');
	return true;
}

/** The clean-up job: subscriptions not confirmed within a few days are deleted. */
export async function deleteUnconfirmed(
	ctx: Pick<ServiceContext, 'db'>,
	now: Date
): Promise<number> {
	const before = new Date(now.getTime() - UNCONFIRMED_KEPT_DAYS * 86_400_000).toISOString();
	return repo.deleteUnconfirmedBefore(ctx.db, before);
}
