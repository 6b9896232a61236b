import type { Actor } from '../access/access.service.ts';
import type { Alliance } from '../alliances/alliance.types.ts';
import { AppError } from '../app-error.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { ServiceContext } from '../context.ts';
import { findRegistrationsOfEvent } from '../events/registration/registration.repository.ts';
import { jobQueue } from '../jobs/db-queue.ts';
import { mailData, sendDedupeKey } from './plenum-batch.service.ts';
import { plenumSendJob } from './plenum-send.job.ts';
import { newsletterPaths } from '../newsletter/newsletter-subscribe.service.ts';
import { findSubscribers } from '../newsletter/newsletter.repository.ts';
import { plenumMail } from './plenum.mails.ts';
import * as repo from './plenum.repository.ts';
import * as deliveryRepo from './plenum-delivery.repository.ts';
import { eventOf, extraAddressesOf, loadPlenum, siteOf, type WriteCtx } from './plenum.service.ts';
import type { PlenumMailKind } from './plenum.table.ts';

/*
 * The plenum's mails go out as the newsletter's do: one delivery row per plenum, kind and
 * address (unique, addresses compared in lower case), written at once; the job plenum.send
 * sends them in batches at the newsletter's rate and claims each row (queued → sending) before
 * its mail goes out, so that a batch run again after a crash or on another instance never mails
 * an address twice. Newsletter subscribers are included only while confirmed, and their mails
 * carry the unsubscribe link and List-Unsubscribe headers.
 */

type Ctx = Pick<ServiceContext, 'db' | 'dialect' | 'mailer' | 'log' | 'publicUrl'>;

/**
 * Who gets the invitation: partner contacts (accounts and partners' internal contacts),
 * further addresses, confirmed newsletter subscribers — each address once, the first source
 * winning (a partner contact who also reads the newsletter is addressed as a partner).
 */
export async function invitationRecipients(
	ctx: Pick<ServiceContext, 'db'>,
	row: repo.PlenumRow
): Promise<deliveryRepo.DeliveryInput[]> {
	const seen = new Map<string, deliveryRepo.DeliveryInput>();
	const add = (r: deliveryRepo.DeliveryInput) => {
		const email = r.email.trim().toLowerCase();
		if (!email || seen.has(email)) return;
		seen.set(email, { ...r, email });
	};
	if (row.include_partners) {
		for (const p of await partnerContacts(ctx, row.alliance_id)) add(p);
	}
	for (const email of extraAddressesOf(row)) {
		add({ email, name: '', source: 'extra', subscriberId: null, locale: 'de' });
	}
	if (row.include_subscribers) {
		for (const s of await findSubscribers(ctx.db, row.alliance_id, 'confirmed')) {
			add({
				email: s.email,
				name: '',
				source: 'subscriber',
				subscriberId: s.id,
				locale: s.locale === 'en' ? 'en' : 'de'
			});
		}
	}
	return [...seen.values()];
}

/** Partner contacts with the partner they speak for (accounts first, then internal contacts). */
export async function partnerContacts(
	ctx: Pick<ServiceContext, 'db'>,
	allianceId: string
): Promise<(deliveryRepo.DeliveryInput & { partner: string })[]> {
	const rows = [
		...(await repo.findPartnerContactAccounts(ctx.db, allianceId)),
		...(await repo.findPartnerInternalContacts(ctx.db, allianceId))
	];
	return rows.map((r) => ({
		email: r.email.trim().toLowerCase(),
		name: r.name,
		partner: r.partner_name,
		source: 'partner' as const,
		subscriberId: null,
		locale: 'de' as const
	}));
}

const SAMPLE_UNSUBSCRIBE = (siteUrl: string) => newsletterPaths(siteUrl, 'VORSCHAU');

/** The invitation as a partner contact will see it (text and HTML). */
export async function previewInvitation(
	ctx: Ctx,
	actor: Actor,
	alliance: Alliance,
	id: string,
	locale: 'de' | 'en' = 'de'
) {
	const row = await loadPlenum(ctx, actor, alliance.id, id);
	const event = await eventOf(ctx, row);
	const mail = plenumMail(
		'invitation',
		{ email: 'vorschau@example.org', name: '', source: 'partner', locale },
		await mailData(ctx, alliance, row, event, 'invitation')
	);
	return { subject: mail.subject, text: mail.text, html: mail.html ?? '' };
}

/** A test of the invitation to the coordinator's own address. */
export async function sendInvitationTest(
	ctx: Ctx,
	actor: Actor,
	alliance: Alliance,
	id: string,
	to: string,
	locale: 'de' | 'en' = 'de'
): Promise<void> {
	const row = await loadPlenum(ctx, actor, alliance.id, id);
	const event = await eventOf(ctx, row);
	const site = siteOf(ctx, alliance);
	await ctx.mailer.send(
		plenumMail(
			'invitation',
			{
				email: to,
				name: '',
				source: 'subscriber',
				locale,
				test: true,
				unsubscribe: SAMPLE_UNSUBSCRIBE(site.siteUrl)
			},
			await mailData(ctx, alliance, row, event, 'invitation')
		)
	);
}

async function startSending(
	ctx: Ctx,
	allianceId: string,
	plenumId: string,
	kind: PlenumMailKind,
	recipients: readonly deliveryRepo.DeliveryInput[],
	now: Date
) {
	await deliveryRepo.insertDeliveries(ctx.db, allianceId, plenumId, kind, recipients);
	await jobQueue(ctx).enqueue(
		plenumSendJob,
		{ plenumId, kind, batch: 1 },
		{ allianceId, dedupeKey: sendDedupeKey(plenumId, kind, 1), now }
	);
}

/** Sends the invitation to every recipient (once); returns how many addresses. */
export async function sendInvitation(
	ctx: Ctx,
	actor: Actor,
	allianceId: string,
	id: string,
	now = new Date()
): Promise<number> {
	const row = await loadPlenum(ctx, actor, allianceId, id);
	if (row.invitation_status !== 'draft') throw new AppError('CONFLICT', 'plenum.error.alreadySent');
	const event = await eventOf(ctx, row);
	if (event.status !== 'published') throw new AppError('CONFLICT', 'plenum.error.notPublished');
	if (Date.parse(event.start) <= now.getTime()) throw new AppError('CONFLICT', 'plenum.error.past');
	const recipients = await invitationRecipients(ctx, row);
	if (!recipients.length) throw new AppError('INVALID', 'plenum.error.noRecipients');
	const iso = now.toISOString();
	const claimed = await repo.updatePlenum(
		ctx.db,
		allianceId,
		id,
		{
			invitation_status: 'sending',
			invited_at: iso,
			invited_count: recipients.length,
			updated_at: iso
		},
		{ invitation: 'draft' }
	);
	if (!claimed) throw new AppError('CONFLICT', 'plenum.error.alreadySent');
	await startSending(ctx, allianceId, id, 'invitation', recipients, now);
	await recordAudit(ctx, {
		allianceId,
		userId: actor.userId,
		action: 'publish',
		entity: 'plenum',
		entityId: id,
		summary: `invitation: ${recipients.length}`
	});
	return recipients.length;
}

/** Announces the minutes to the partner contacts, once; returns how many addresses. */
export async function announceMinutes(
	ctx: Ctx,
	actor: Actor,
	allianceId: string,
	id: string,
	now = new Date()
): Promise<number> {
	const row = await loadPlenum(ctx, actor, allianceId, id);
	if (!row.minutes_html && !row.minutes_file_id) {
		throw new AppError('INVALID', 'plenum.error.noMinutes');
	}
	if (row.minutes_announced_at) throw new AppError('CONFLICT', 'plenum.error.alreadyAnnounced');
	const seen = new Set<string>();
	const recipients = (await partnerContacts(ctx, allianceId)).filter(
		(r) => !seen.has(r.email) && !!seen.add(r.email)
	);
	if (!recipients.length) throw new AppError('INVALID', 'plenum.error.noRecipients');
	const iso = now.toISOString();
	const claimed = await repo.updatePlenum(
		ctx.db,
		allianceId,
		id,
		{ minutes_announced_at: iso, updated_at: iso },
		{ minutesNotAnnounced: true }
	);
	if (!claimed) throw new AppError('CONFLICT', 'plenum.error.alreadyAnnounced');
	await startSending(ctx, allianceId, id, 'minutes', recipients, now);
	await recordAudit(ctx, {
		allianceId,
		userId: actor.userId,
		action: 'publish',
		entity: 'plenum',
		entityId: id,
		summary: `minutes announced: ${recipients.length}`
	});
	return recipients.length;
}

// --- the reminder -----------------------------------------------------------------------------

/** When the reminder is due: `reminder_days` days before the start. */
export function reminderAt(start: string, days: number): number {
	return Date.parse(start) - days * 86_400_000;
}

/**
 * Starts the reminder of one plenum (once: the status moves from pending to sending): to those
 * registered (one text) and to those invited who have not registered (another).
 */
async function startReminder(
	ctx: Ctx,
	allianceId: string,
	id: string,
	now = new Date()
): Promise<number | null> {
	const row = await repo.findPlenum(ctx.db, allianceId, id);
	if (!row) return null;
	const iso = now.toISOString();
	const claimed = await repo.updatePlenum(
		ctx.db,
		allianceId,
		id,
		{ reminder_status: 'sending', reminded_at: iso, updated_at: iso },
		{ reminder: 'pending', invitation: 'sent' }
	);
	if (!claimed) return null;
	const recipients = new Map<string, deliveryRepo.DeliveryInput>();
	for (const r of await findRegistrationsOfEvent(ctx.db, allianceId, row.event_id)) {
		const email = r.email.trim().toLowerCase();
		if (!email || r.status === 'cancelled' || recipients.has(email)) continue;
		recipients.set(email, {
			email,
			name: r.name,
			source: 'registered',
			subscriberId: null,
			locale: r.locale === 'en' ? 'en' : 'de',
			variant: 'registered'
		});
	}
	for (const r of await deliveryRepo.findInvited(ctx.db, allianceId, id)) {
		if (recipients.has(r.email)) continue;
		recipients.set(r.email, {
			email: r.email,
			name: r.name,
			source: r.source,
			subscriberId: r.subscriber_id,
			locale: r.locale === 'en' ? 'en' : 'de',
			variant: 'invited'
		});
	}
	if (!recipients.size) {
		await repo.updatePlenum(ctx.db, allianceId, id, { reminder_status: 'sent' });
		return 0;
	}
	await startSending(ctx, allianceId, id, 'reminder', [...recipients.values()], now);
	return recipients.size;
}

/**
 * Starts every reminder that is due (the job plenum.reminders): invitation sent before the
 * reminder moment, the moment reached, the plenum not begun. An invitation sent after the
 * moment gets no reminder.
 */
export async function startDueReminders(ctx: Ctx, now = new Date()): Promise<number> {
	let started = 0;
	for (const p of await repo.findPendingReminders(ctx.db, now.toISOString())) {
		const at = reminderAt(p.start_utc, p.reminder_days);
		if (now.getTime() < at) continue;
		if (!p.invited_at || Date.parse(p.invited_at) >= at) continue;
		if ((await startReminder(ctx, p.alliance_id, p.id, now)) !== null) started++;
	}
	return started;
}

// --- sending in batches -----------------------------------------------------------------------

export type { WriteCtx };
