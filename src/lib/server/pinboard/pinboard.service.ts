import type { Alliance } from '../alliances/alliance.types.ts';
import { assertAllianceRole, type Actor } from '../auth/actor.ts';
import { AppError } from '../app-error.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { ServiceContext } from '../context.ts';
import { localDate } from '../events/core/time-zone.ts';
import { hitRateLimit } from '../http/rate-limit.ts';
import { allianceBaseUrl } from '../tenancy/public-url.ts';
import * as repo from './pinboard.repository.ts';
import type { PinboardFilter, PostInput, ReplyInput } from './pinboard.schema.ts';

/*
 * The partners' exchange (Pinnwand): members of the alliance post offers and requests with a
 * category and an end date; others answer through a form, and the platform mails the answer to
 * the poster with the replier's address as Reply-To. The poster's address is never shown: it
 * becomes known only when the poster answers by mail. A post is listed up to and including its
 * end date; coordinators see the expired ones too and may remove any post, posters their own.
 */

type ReadCtx = Pick<ServiceContext, 'db'>;
const MEMBERS = ['coordinator', 'editor', 'partner'] as const;
const DAY = 86_400_000;
/** Replies per person and hour: enough for real use, too few for a mail cannon. */
const REPLIES_PER_HOUR = 20;

export interface PinboardPost {
	id: string;
	kind: 'offer' | 'request';
	category: string;
	title: string;
	body: string;
	endsOn: string;
	createdAt: string;
	author: string;
	partner: string | null;
	replies: number;
	own: boolean;
}

type Row = Awaited<ReturnType<typeof repo.findPosts>>[number];

function toPost(r: Row, actor: Actor): PinboardPost {
	return {
		id: r.id,
		kind: r.kind,
		category: r.category,
		title: r.title,
		body: r.body,
		endsOn: r.ends_on,
		createdAt: r.created_at,
		author: r.author_name,
		partner: r.partner_name ?? null,
		replies: r.reply_count,
		own: r.author_id === actor.userId
	};
}

/** Today in the alliance's time zone (YYYY-MM-DD). */
export function today(now = new Date()): string {
	return localDate(now);
}

async function standing(ctx: ReadCtx, actor: Actor, allianceId: string) {
	const role = await assertAllianceRole(ctx.db, actor, allianceId, MEMBERS);
	return { coordinator: role === 'coordinator' || actor.platformAdmin === true };
}

/** Current posts (filtered); coordinators also get the expired ones. */
export async function pinboard(
	ctx: ReadCtx,
	actor: Actor,
	allianceId: string,
	filter: PinboardFilter = {},
	now = new Date()
): Promise<{ posts: PinboardPost[]; expired: PinboardPost[] | null; coordinator: boolean }> {
	const { coordinator } = await standing(ctx, actor, allianceId);
	const day = today(now);
	const [current, expired] = await Promise.all([
		repo.findPosts(ctx.db, allianceId, { today: day, ...filter }),
		coordinator ? repo.findPosts(ctx.db, allianceId, { today: day, expired: true }) : null
	]);
	return {
		posts: current.map((r) => toPost(r, actor)),
		expired: expired ? expired.map((r) => toPost(r, actor)) : null,
		coordinator
	};
}

/** One post; 404 when it is another alliance's or expired (coordinators and the poster still see it). */
export async function pinboardPost(
	ctx: ReadCtx,
	actor: Actor,
	allianceId: string,
	id: string,
	now = new Date()
): Promise<{ post: PinboardPost; mayRemove: boolean; mayReply: boolean }> {
	const { coordinator } = await standing(ctx, actor, allianceId);
	const row = await repo.findPost(ctx.db, allianceId, id);
	if (!row) throw new AppError('NOT_FOUND', 'error.notFound');
	const post = toPost(row, actor);
	const expired = row.ends_on < today(now);
	if (expired && !coordinator && !post.own) throw new AppError('NOT_FOUND', 'error.notFound');
	return { post, mayRemove: coordinator || post.own, mayReply: !post.own && !expired };
}

export async function createPost(
	ctx: ReadCtx,
	actor: Actor,
	allianceId: string,
	input: PostInput,
	now = new Date()
): Promise<{ id: string }> {
	await standing(ctx, actor, allianceId);
	const day = today(now);
	if (input.endsOn < day) throw new AppError('INVALID', 'pinboard.error.endsInPast', 'endsOn');
	if (input.endsOn > today(new Date(now.getTime() + 366 * DAY))) {
		throw new AppError('INVALID', 'pinboard.error.endsTooLate', 'endsOn');
	}
	const partner = await repo.findOwnPartner(ctx.db, allianceId, actor.userId);
	const id = crypto.randomUUID();
	await repo.insertPost(ctx.db, {
		id,
		alliance_id: allianceId,
		author_id: actor.userId,
		partner_id: partner?.id ?? null,
		kind: input.kind,
		category: input.category,
		title: input.title,
		body: input.body,
		ends_on: input.endsOn,
		created_at: now.toISOString()
	});
	await recordAudit(ctx, {
		allianceId,
		userId: actor.userId,
		action: 'create',
		entity: 'pinboard_post',
		entityId: id,
		summary: input.title
	});
	return { id };
}

/** Coordinators remove any post, posters their own; others get a 404. */
export async function removePost(
	ctx: ReadCtx,
	actor: Actor,
	allianceId: string,
	id: string
): Promise<void> {
	const { coordinator } = await standing(ctx, actor, allianceId);
	const row = await repo.findPost(ctx.db, allianceId, id);
	if (!row || (!coordinator && row.author_id !== actor.userId)) {
		throw new AppError('NOT_FOUND', 'error.notFound');
	}
	await repo.deletePost(ctx.db, allianceId, id);
	await recordAudit(ctx, {
		allianceId,
		userId: actor.userId,
		action: 'delete',
		entity: 'pinboard_post',
		entityId: id,
		summary: row.title
	});
}

/**
 * Mails a reply to the poster. The poster's address stays with the platform; the replier's
 * address goes along as Reply-To, so the poster answers directly if they wish.
 */
export async function replyToPost(
	ctx: Pick<ServiceContext, 'db' | 'mailer' | 'publicUrl'>,
	actor: Actor,
	alliance: Pick<Alliance, 'id' | 'name' | 'domain' | 'slug'>,
	id: string,
	input: ReplyInput,
	now = new Date()
): Promise<void> {
	const { post, mayReply } = await pinboardPost(ctx, actor, alliance.id, id, now);
	if (!mayReply)
		throw new AppError('INVALID', post.own ? 'pinboard.error.ownPost' : 'pinboard.error.expired');
	const row = await repo.findPost(ctx.db, alliance.id, id);
	const replier = await repo.findPerson(ctx.db, actor.userId);
	if (!row || !replier) throw new AppError('NOT_FOUND', 'error.notFound');
	if (
		!(await hitRateLimit(ctx.db, `pinboard-reply:${actor.userId}`, REPLIES_PER_HOUR, 3_600_000))
	) {
		throw new AppError('RATE_LIMITED', 'pinboard.error.tooMany');
	}
	const partner = await repo.findOwnPartner(ctx.db, alliance.id, actor.userId);
	const from = partner ? `${replier.name} (${partner.name})` : replier.name;
	const url = `${allianceBaseUrl(ctx.publicUrl, alliance)}/intern/pinnwand/${id}`;
	await ctx.mailer.send({
		to: row.author_email,
		replyTo: replier.email,
		fromName: alliance.name,
		subject: `Antwort auf Ihren Beitrag: ${row.title}`,
		text: [
			`Guten Tag ${row.author_name},`,
			'',
			`${from} hat auf Ihren Beitrag an der Pinnwand von „${alliance.name}“ geantwortet:`,
			'',
			`„${row.title}“`,
			'',
			input.message,
			'',
			'---',
			`Wenn Sie auf diese Mail antworten, geht Ihre Antwort direkt an ${replier.name} (${replier.email}). Erst dann sieht ${replier.name} Ihre Mail-Adresse.`,
			'',
			`Ihr Beitrag: ${url}`,
			'',
			'Freundliche Grüße',
			alliance.name
		].join('\n')
	});
	await repo.countReply(ctx.db, alliance.id, id);
}

/** New current posts since `since`, for the weekly digest of the internal area. */
export async function newPostsForDigest(
	ctx: ReadCtx,
	allianceId: string,
	since: string,
	now: Date
): Promise<{ id: string; title: string; kind: 'offer' | 'request'; partner: string | null }[]> {
	const rows = await repo.findPostsSince(ctx.db, allianceId, since, today(now));
	return rows.map((r) => ({
		id: r.id,
		title: r.title,
		kind: r.kind,
		partner: r.partner_name ?? null
	}));
}
