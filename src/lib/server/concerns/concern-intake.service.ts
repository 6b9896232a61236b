import type { Alliance } from '../alliances/alliance.types.ts';
import { findCoordinatorEmails } from '../auth/member.repository.ts';
import type { ServiceContext } from '../context.ts';
import { sendFollowUpNotice, sendNewConcernNotice, sendStatusLinkMail } from './concern.mails.ts';
import { ensureConcernSetup, publicCategories } from './concern-setup.service.ts';
import { isSecretShape, newReference, newSecret, siteUrlOf } from './concern-site.ts';
import type { ConcernFormInput } from './concern.schema.ts';
import * as repo from './concern.repository.ts';
import * as settingsRepo from './concern-settings.repository.ts';
import * as routingRepo from './concern-routing.repository.ts';
import { checkFormToken, hashedKey, issueFormToken, withinRateLimits } from './form-guard.ts';

/*
 * The public side of the contact point: a family writes in without an account, gets a
 * reference and a private status link, reads the alliance's answers there and adds to it.
 */

type Ctx = Pick<ServiceContext, 'db' | 'mailer' | 'log' | 'publicUrl'>;
type Locale = 'de' | 'en';

/** Per address and alliance, per address on the whole installation, per recipient address. */
export const LIMIT_PER_ALLIANCE = { limit: 5, windowMs: 10 * 60_000 };
export const LIMIT_PER_INSTALLATION = { limit: 15, windowMs: 60 * 60_000 };
const LIMIT_PER_RECIPIENT = { limit: 3, windowMs: 24 * 60 * 60_000 };

const scopeOf = (allianceId: string) => `concern:${allianceId}`;

export async function concernForm(ctx: Pick<ServiceContext, 'db'>, allianceId: string) {
	return {
		// Showing the form writes nothing of the alliance (the defaults are stored with the first concern).
		categories: await publicCategories(ctx, allianceId),
		started: await issueFormToken(ctx.db, scopeOf(allianceId))
	};
}

export interface RequestInfo {
	clientKey: string;
	locale: Locale;
	/** The request's alliance prefix ('' or /b/<slug>); /b/<slug> when not given */
	prefix?: string;
	now?: Date;
}

export type SubmitResult =
	| { ok: true; reference: string; statusUrl: string; mailed: boolean }
	| {
			ok: false;
			error: 'error.tooManyRequests' | 'concerns.error.tooFast' | 'concerns.error.expired';
			status: 400 | 429;
			field?: string;
	  }
	| { ok: false; error: 'concerns.error.category'; status: 400; field: 'categoryId' };

export async function submitConcern(
	ctx: Ctx,
	alliance: Alliance,
	input: ConcernFormInput,
	req: RequestInfo
): Promise<SubmitResult> {
	const now = req.now ?? new Date();
	const siteUrl = siteUrlOf(ctx.publicUrl, alliance, req.prefix);
	if (input.website) {
		// A bot: the same answer as for a person, nothing stored, nothing sent.
		ctx.log.info({ alliance: alliance.slug }, 'concern form: honeypot filled, dropped');
		return {
			ok: true,
			reference: newReference('AN'),
			statusUrl: `${siteUrl}/anliegen/${newSecret()}`,
			mailed: false
		};
	}
	const token = await checkFormToken(ctx.db, scopeOf(alliance.id), input.started, now.getTime());
	if (token === 'tooFast') return { ok: false, error: 'concerns.error.tooFast', status: 400 };
	if (token === 'invalid') return { ok: false, error: 'concerns.error.expired', status: 400 };

	await ensureConcernSetup(ctx.db, alliance.id, now);
	const category = await settingsRepo.findCategory(ctx.db, alliance.id, input.categoryId);
	if (!category || category.archived) {
		return { ok: false, error: 'concerns.error.category', status: 400, field: 'categoryId' };
	}
	const allowed = await withinRateLimits(
		ctx.db,
		[
			{ key: `concern:a:${alliance.id}:${req.clientKey}`, ...LIMIT_PER_ALLIANCE },
			{ key: `form:ip:${req.clientKey}`, ...LIMIT_PER_INSTALLATION }
		],
		now.getTime()
	);
	if (!allowed) return { ok: false, error: 'error.tooManyRequests', status: 429 };

	const secret = newSecret();
	const iso = now.toISOString();
	let reference = newReference('AN');
	while (await repo.referenceTaken(ctx.db, alliance.id, reference)) reference = newReference('AN');
	const id = crypto.randomUUID();
	await repo.insertConcern(ctx.db, {
		id,
		alliance_id: alliance.id,
		reference,
		status_token: secret,
		category_id: category.id,
		message: input.message,
		name: input.name,
		email: input.email,
		phone: input.phone,
		locale: req.locale,
		status: 'received',
		consent_at: iso,
		created_at: iso,
		updated_at: iso,
		waiting_since: iso
	});
	const statusUrl = `${siteUrl}/anliegen/${secret}`;

	// The family's mail carries only the reference and the link, never the typed text, and one
	// address gets few such mails a day however many forms name it: no mail cannon.
	let mailed = false;
	if (input.email) {
		const recipientOk = await withinRateLimits(
			ctx.db,
			[{ key: `form:to:${hashedKey(input.email)}`, ...LIMIT_PER_RECIPIENT }],
			now.getTime()
		);
		if (recipientOk) {
			await sendStatusLinkMail(
				ctx.mailer,
				input.email,
				{
					allianceName: alliance.name,
					replyTo: alliance.contact.email || undefined,
					locale: req.locale
				},
				{ reference, statusUrl }
			);
			mailed = true;
		} else {
			ctx.log.warn({ alliance: alliance.slug }, 'concern: recipient limit reached, no mail');
		}
	}
	const recipients = alliance.contact.email
		? [alliance.contact.email]
		: await findCoordinatorEmails(ctx.db, alliance.id);
	for (const to of recipients) {
		await sendNewConcernNotice(ctx.mailer, to, {
			allianceName: alliance.name,
			reference,
			category: category.name,
			message: input.message,
			url: `${siteUrl}/admin/anliegen/${id}`
		});
	}
	return { ok: true, reference, statusUrl, mailed };
}

interface PublicEntry {
	id: string;
	kind: 'family' | 'answer';
	body: string;
	from: string;
	at: string;
}

export interface StatusView {
	reference: string;
	category: string;
	message: string;
	status: string;
	createdAt: string;
	closed: boolean;
	entries: PublicEntry[];
}

/** What the status link shows; null for an unknown, anonymised or malformed link. */
export async function concernStatus(
	ctx: Pick<ServiceContext, 'db'>,
	alliance: Alliance,
	secret: string
): Promise<StatusView | null> {
	if (!isSecretShape(secret)) return null;
	const row = await repo.findConcernByToken(ctx.db, alliance.id, secret);
	if (!row) return null;
	const entries = await repo.findEntries(ctx.db, alliance.id, row.id, ['family', 'answer']);
	return {
		reference: row.reference,
		category: row.category_name ?? '',
		message: row.message,
		status: row.status,
		createdAt: row.created_at,
		closed: row.status === 'closed',
		entries: entries.map((e) => ({
			id: e.id,
			kind: e.kind as 'family' | 'answer',
			body: e.body,
			from: e.kind === 'answer' ? e.author_label || alliance.name : '',
			at: e.created_at
		}))
	};
}

export type FollowUpResult =
	| { ok: true }
	| { ok: false; error: 'error.notFound'; status: 404 }
	| { ok: false; error: 'concerns.error.closed'; status: 409 }
	| { ok: false; error: 'error.tooManyRequests'; status: 429 };

/** The family adds something; the concern waits for an answer again. */
export async function addFollowUp(
	ctx: Ctx,
	alliance: Alliance,
	secret: string,
	input: { message: string; website: string },
	req: RequestInfo
): Promise<FollowUpResult> {
	const now = req.now ?? new Date();
	if (!isSecretShape(secret)) return { ok: false, error: 'error.notFound', status: 404 };
	const row = await repo.findConcernByToken(ctx.db, alliance.id, secret);
	if (!row) return { ok: false, error: 'error.notFound', status: 404 };
	if (input.website) return { ok: true };
	if (row.status === 'closed') return { ok: false, error: 'concerns.error.closed', status: 409 };
	const allowed = await withinRateLimits(
		ctx.db,
		[{ key: `concern:f:${row.id}`, limit: 10, windowMs: 60 * 60_000 }],
		now.getTime()
	);
	if (!allowed) return { ok: false, error: 'error.tooManyRequests', status: 429 };
	const iso = now.toISOString();
	await repo.insertEntry(ctx.db, {
		id: crypto.randomUUID(),
		alliance_id: alliance.id,
		concern_id: row.id,
		kind: 'family',
		body: input.message,
		author_user_id: null,
		created_at: iso
	});
	await repo.updateConcern(ctx.db, alliance.id, row.id, {
		updated_at: iso,
		waiting_since: row.waiting_since ?? iso,
		status: row.status === 'answered' ? 'in_progress' : row.status
	});
	const siteUrl = siteUrlOf(ctx.publicUrl, alliance, req.prefix);
	const to = row.assigned_user_id
		? await assignedEmail(ctx, alliance.id, row.assigned_user_id)
		: null;
	const recipients = to
		? [to]
		: alliance.contact.email
			? [alliance.contact.email]
			: await findCoordinatorEmails(ctx.db, alliance.id);
	for (const address of recipients) {
		await sendFollowUpNotice(ctx.mailer, address, {
			allianceName: alliance.name,
			reference: row.reference,
			url: `${siteUrl}/admin/anliegen/${row.id}`
		});
	}
	return { ok: true };
}

async function assignedEmail(ctx: Pick<ServiceContext, 'db'>, allianceId: string, userId: string) {
	const emails = await routingRepo.findMemberEmail(ctx.db, allianceId, userId);
	return emails ?? null;
}
