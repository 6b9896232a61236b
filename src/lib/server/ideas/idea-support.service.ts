import type { Alliance } from '../alliances/alliance.types.ts';
import { contentChanged } from '../alliances/content-changed.ts';
import { hashedKey } from '../concerns/form-guard.ts';
import { isSecretShape, newSecret, siteUrlOf } from '../concerns/concern-site.ts';
import type { ServiceContext } from '../context.ts';
import { guardForm, type FormFailure, type Visitor } from './idea-public.service.ts';
import { sendSupportConfirmMail } from './idea.mails.ts';
import * as repo from './idea.repository.ts';
import { confirmationExpired } from './idea-retention.ts';

/*
 * "Das unterstütze ich": one support per idea and confirmed e-mail address. The address is
 * kept only as a hash (enough to count it once); the support counts after the mailed link.
 */

type Ctx = Pick<ServiceContext, 'db' | 'mailer' | 'log' | 'publicUrl'>;

export type SupportResult =
	{ ok: true } | FormFailure | { ok: false; error: 'error.notFound'; status: 404 };

export async function requestSupport(
	ctx: Ctx,
	alliance: Alliance,
	ideaId: string,
	input: { email: string; website: string; started: string },
	visitor: Visitor
): Promise<SupportResult> {
	const now = visitor.now ?? new Date();
	const idea = await repo.findIdea(ctx.db, alliance.id, ideaId);
	if (!idea || idea.moderation !== 'published')
		return { ok: false, error: 'error.notFound', status: 404 };
	if (input.website) return { ok: true };
	const refused = await guardForm(
		ctx,
		`support:${alliance.id}`,
		{ alliance: alliance.id, client: visitor.clientKey, recipient: input.email },
		input.started,
		now
	);
	if (refused) return refused;
	const email = input.email.trim().toLowerCase();
	const emailHash = hashedKey(`${alliance.id}:${email}`);
	const existing = await repo.findSupport(ctx.db, alliance.id, idea.id, emailHash);
	// Already counted: the same friendly answer, no mail (nothing to confirm).
	if (existing?.confirmed_at) return { ok: true };
	const token = newSecret();
	if (existing)
		await repo.renewSupportToken(ctx.db, alliance.id, existing.id, token, now.toISOString());
	else
		await repo.insertSupport(ctx.db, {
			id: crypto.randomUUID(),
			alliance_id: alliance.id,
			idea_id: idea.id,
			email_hash: emailHash,
			confirm_token: token,
			created_at: now.toISOString()
		});
	const siteUrl = siteUrlOf(ctx.publicUrl, alliance, visitor.prefix);
	await sendSupportConfirmMail(
		ctx.mailer,
		email,
		{
			allianceName: alliance.name,
			replyTo: alliance.contact.email || undefined,
			locale: visitor.locale
		},
		`${siteUrl}/ideen/unterstuetzen/${token}`
	);
	return { ok: true };
}

/** The idea a support link belongs to (null: unknown or already used). */
export async function supportConfirmable(
	ctx: Pick<ServiceContext, 'db'>,
	allianceId: string,
	token: string
) {
	if (!isSecretShape(token)) return null;
	const support = await repo.findSupportByToken(ctx.db, allianceId, token);
	if (!support || confirmationExpired(support.created_at)) return null;
	const idea = await repo.findIdea(ctx.db, allianceId, support.idea_id);
	return idea ? { support, idea: { id: idea.id, title: idea.title } } : null;
}

/** Counts the support (once). Returns the idea, or null for an unknown link. */
export async function confirmSupport(
	ctx: Pick<ServiceContext, 'db' | 'registry'>,
	allianceId: string,
	token: string
) {
	const found = await supportConfirmable(ctx, allianceId, token);
	if (!found) return null;
	if (await repo.confirmSupport(ctx.db, allianceId, found.support, new Date().toISOString()))
		await contentChanged(ctx, allianceId);
	return found.idea;
}
