import type { Alliance } from '../alliances/alliance.types.ts';
import type { ServiceContext } from '../context.ts';
import { findCoordinatorEmails } from '../auth/member.repository.ts';
import { hitRateLimit } from '../http/rate-limit.ts';
import * as repo from './contact.repository.ts';
import type { ContactInput } from './contact.schema.ts';

/** Messages are kept this long for the coordinators, then deleted (data minimisation). */
export const CONTACT_RETENTION_DAYS = 180;
/** Messages per address and ten minutes. */
export const CONTACT_RATE_LIMIT = 5;

export type ContactResult = { ok: true } | { ok: false; error: 'error.tooManyRequests' };

/**
 * A family or partner writes to the alliance: the message is stored for the coordinators,
 * mailed to the alliance's contact address (or its coordinators), and the sender gets a copy.
 * A filled honeypot is accepted silently and dropped, so bots learn nothing.
 */
export async function sendContactMessage(
	ctx: Pick<ServiceContext, 'db' | 'mailer' | 'log'>,
	alliance: Alliance,
	input: ContactInput,
	clientKey: string,
	now = new Date()
): Promise<ContactResult> {
	if (input.website) {
		ctx.log.info({ alliance: alliance.slug }, 'contact form: honeypot filled, dropped');
		return { ok: true };
	}
	const allowed = await hitRateLimit(
		ctx.db,
		`contact:${alliance.id}:${clientKey}`,
		CONTACT_RATE_LIMIT,
		10 * 60_000,
		now.getTime()
	);
	if (!allowed) return { ok: false, error: 'error.tooManyRequests' };

	await repo.insertContactMessage(ctx.db, {
		id: crypto.randomUUID(),
		alliance_id: alliance.id,
		name: input.name,
		email: input.email,
		subject: input.subject,
		message: input.message,
		created_at: now.toISOString()
	});
	const cutoff = new Date(now.getTime() - CONTACT_RETENTION_DAYS * 86_400_000).toISOString();
	await repo.deleteContactMessagesBefore(ctx.db, alliance.id, cutoff);

	const recipients = alliance.contact.email
		? [alliance.contact.email]
		: await findCoordinatorEmails(ctx.db, alliance.id);
	const body = `${input.message}\n\n— \n${input.name} <${input.email}>`;
	for (const to of recipients) {
		await ctx.mailer.send({
			to,
			fromName: alliance.name,
			replyTo: input.email,
			subject: `Kontaktformular: ${input.subject}`,
			text: `Über das Kontaktformular der Website ist eine Nachricht eingegangen.\n\n${body}`
		});
	}
	await ctx.mailer.send({
		to: input.email,
		fromName: alliance.name,
		replyTo: alliance.contact.email || undefined,
		subject: `Ihre Nachricht an „${alliance.name}“: ${input.subject}`,
		text: `Guten Tag ${input.name},

vielen Dank für Ihre Nachricht! Wir haben sie erhalten und melden uns so bald wie möglich bei Ihnen.
Zur Erinnerung hier noch einmal Ihr Text:

${input.message}

Freundliche Grüße
${alliance.name}`
	});
	return { ok: true };
}
