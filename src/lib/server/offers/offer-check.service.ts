import { createHash, randomBytes } from 'node:crypto';
import { AppError } from '../app-error.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { contentChanged } from '../alliances/content-changed.ts';
import type { ServiceContext } from '../context.ts';
import * as repo from './offer.repository.ts';
import * as providerRepo from './offer-provider.repository.ts';
import { HIDDEN_AFTER_MONTHS, monthsBefore, OUTDATED_AFTER_MONTHS } from './offer.service.ts';

/*
 * The yearly check. An offer not checked for twelve months gets a reminder mail to its
 * provider (the partner's contacts and internal address, else the offer's own address, else
 * the alliance) with a "still correct" link; the reminder is repeated every 30 days. Opening
 * the link shows the offer and one button, which renews "last checked" (a plain GET never
 * changes anything, so a mail scanner that follows links confirms nothing).
 */

const REMIND_AFTER_MONTHS = 12;
const REMIND_AGAIN_DAYS = 30;
const DAY = 86_400_000;

export function hashToken(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}

function siteUrlOf(
	ctx: Pick<ServiceContext, 'publicUrl'>,
	r: { alliance_domain: string | null; alliance_slug: string }
): string {
	return r.alliance_domain
		? `https://${r.alliance_domain}`
		: `${ctx.publicUrl.replace(/\/$/, '')}/b/${r.alliance_slug}`;
}

function reminderText(data: {
	offerName: string;
	allianceName: string;
	confirmUrl: string;
	editUrl: string;
	lastChecked: string;
}): string {
	return `Guten Tag,

im Familienwegweiser von „${data.allianceName}“ steht Ihr Angebot „${data.offerName}“. Familien verlassen sich darauf, dass Adresse, Öffnungszeiten und Kontakt stimmen. Zuletzt geprüft wurde es am ${data.lastChecked}.

Stimmt noch alles? Dann genügt ein Klick:
${data.confirmUrl}

Hat sich etwas geändert, ändern Sie es bitte hier (Anmeldung nötig):
${data.editUrl}
Oder antworten Sie einfach auf diese E-Mail, dann kümmern wir uns darum.

Ohne Bestätigung zeigen wir das Angebot nach ${OUTDATED_AFTER_MONTHS} Monaten als „möglicherweise veraltet“ an und nach ${HIDDEN_AFTER_MONTHS} Monaten gar nicht mehr.

Freundliche Grüße
${data.allianceName}`;
}

function germanDate(iso: string): string {
	return new Date(iso).toLocaleDateString('de-DE', {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'Europe/Berlin'
	});
}

/** Sends every reminder that is due (all alliances of the instance). Returns how many offers were reminded. */
export async function sendDueReminders(
	ctx: Pick<ServiceContext, 'db' | 'mailer' | 'publicUrl' | 'log'>,
	now = new Date()
): Promise<number> {
	const due = await providerRepo.findDueForReminder(
		ctx.db,
		monthsBefore(now, REMIND_AFTER_MONTHS),
		new Date(now.getTime() - REMIND_AGAIN_DAYS * DAY).toISOString(),
		200
	);
	let sent = 0;
	for (const offer of due) {
		const recipients = new Set<string>();
		if (offer.partner_id) {
			const contacts = await providerRepo.findPartnerContactEmails(
				ctx.db,
				offer.alliance_id,
				offer.partner_id
			);
			for (const c of contacts) recipients.add(c.email);
			const [partner] = await providerRepo.findPartners(ctx.db, offer.alliance_id, [
				offer.partner_id
			]);
			if (partner?.internal_email) recipients.add(partner.internal_email);
		}
		if (!recipients.size && offer.email) recipients.add(offer.email);
		if (!recipients.size && offer.alliance_email) recipients.add(offer.alliance_email);
		if (!recipients.size) continue;
		const token = randomBytes(24).toString('base64url');
		const site = siteUrlOf(ctx, offer);
		const text = reminderText({
			offerName: offer.name,
			allianceName: offer.alliance_name,
			confirmUrl: `${site}/angebote/bestaetigen/${token}`,
			editUrl: `${site}/intern/angebote/${offer.id}`,
			lastChecked: germanDate(offer.last_checked_at)
		});
		try {
			for (const to of recipients) {
				await ctx.mailer.send({
					to,
					fromName: offer.alliance_name,
					allianceId: offer.alliance_id,
					replyTo: offer.alliance_email || undefined,
					subject: `Stimmt Ihr Angebot „${offer.name}“ noch?`,
					text
				});
			}
		} catch (error) {
			ctx.log.warn({ err: error, offer: offer.id }, 'offer reminder not sent');
			continue;
		}
		await repo.updateOffer(ctx.db, offer.alliance_id, offer.id, {
			reminder_sent_at: now.toISOString(),
			confirm_token_hash: hashToken(token)
		});
		sent++;
	}
	return sent;
}

/** The offer a "still correct" link is for, or a 404/410 rule error. */
export async function offerOfToken(
	ctx: Pick<ServiceContext, 'db'>,
	allianceId: string,
	token: string
): Promise<{ id: string; name: string; slug: string; lastCheckedAt: string }> {
	if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) throw new AppError('NOT_FOUND', 'offers.error.token');
	const row = await providerRepo.findByTokenHash(ctx.db, hashToken(token));
	if (!row || row.alliance_id !== allianceId) throw new AppError('NOT_FOUND', 'offers.error.token');
	return { id: row.id, name: row.name, slug: row.slug, lastCheckedAt: row.last_checked_at };
}

/** "Still correct": renews last checked and uses the token up. */
export async function confirmOffer(
	ctx: Pick<ServiceContext, 'db' | 'registry'>,
	allianceId: string,
	token: string,
	now = new Date()
): Promise<{ name: string; slug: string }> {
	const offer = await offerOfToken(ctx, allianceId, token);
	await repo.updateOffer(ctx.db, allianceId, offer.id, {
		last_checked_at: now.toISOString(),
		confirm_token_hash: null
	});
	await recordAudit(ctx, {
		allianceId,
		userId: null,
		action: 'confirm',
		entity: 'offer',
		entityId: offer.id,
		summary: offer.name
	});
	await contentChanged(ctx, allianceId);
	return { name: offer.name, slug: offer.slug };
}
