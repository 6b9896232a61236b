import type { Alliance } from '../alliances/alliance.types.ts';
import { assertAllianceRole, type Actor } from '../auth/actor.ts';
import { AppError } from '../app-error.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { ServiceContext } from '../context.ts';
import { sendRoutedNotice } from './concern.mails.ts';
import { deliverAnswer } from './concern-answer.ts';
import { ensureConcernSetup, listCategories } from './concern-setup.service.ts';
import { siteUrlOf } from './concern-site.ts';
import type { ConcernStatus } from './concern.table.ts';
import * as repo from './concern.repository.ts';
import * as settingsRepo from './concern-settings.repository.ts';
import * as routingRepo from './concern-routing.repository.ts';

/*
 * The coordinators' inbox: filter, assign, route to a partner or working group, internal
 * notes, statuses and answers (mailed to the family and shown on its status page).
 */

type Ctx = Pick<ServiceContext, 'db' | 'mailer' | 'log' | 'publicUrl'>;

async function coordinator(ctx: Pick<ServiceContext, 'db'>, actor: Actor, allianceId: string) {
	await assertAllianceRole(ctx.db, actor, allianceId, ['coordinator']);
}

export interface InboxFilter {
	status?: ConcernStatus | 'open' | 'all';
	categoryId?: string;
	assigned?: string;
}

export async function listInbox(
	ctx: Pick<ServiceContext, 'db'>,
	actor: Actor,
	allianceId: string,
	filter: InboxFilter
) {
	await coordinator(ctx, actor, allianceId);
	await ensureConcernSetup(ctx.db, allianceId);
	const status = filter.status === 'all' ? undefined : (filter.status ?? 'open');
	const assigned =
		filter.assigned === 'ich' ? actor.userId : filter.assigned === 'niemand' ? 'none' : undefined;
	const rows = await repo.findConcerns(ctx.db, allianceId, {
		status,
		categoryId: filter.categoryId || undefined,
		assignedUserId: assigned
	});
	return {
		concerns: rows.map((r) => ({
			id: r.id,
			reference: r.reference,
			category: r.category_name ?? '',
			excerpt: r.message.length > 140 ? `${r.message.slice(0, 140)}…` : r.message,
			status: r.status,
			assignedName: r.assigned_name ?? null,
			routedTo: r.partner_name ?? r.working_group_name ?? null,
			createdAt: r.created_at,
			waitingSince: r.waiting_since
		})),
		categories: await listCategories(ctx, allianceId, true)
	};
}

export async function concernDetail(
	ctx: Pick<ServiceContext, 'db'>,
	actor: Actor,
	allianceId: string,
	id: string
) {
	await coordinator(ctx, actor, allianceId);
	const row = await repo.findConcern(ctx.db, allianceId, id);
	if (!row || row.anonymised_at) throw new AppError('NOT_FOUND', 'error.notFound');
	const [entries, templates, coordinators, partners, groups] = await Promise.all([
		repo.findEntries(ctx.db, allianceId, id, ['family', 'answer', 'note']),
		settingsRepo.findTemplates(ctx.db, allianceId),
		routingRepo.findCoordinators(ctx.db, allianceId),
		routingRepo.findActivePartners(ctx.db, allianceId),
		routingRepo.findGroups(ctx.db, allianceId)
	]);
	return {
		concern: {
			id: row.id,
			reference: row.reference,
			category: row.category_name ?? '',
			message: row.message,
			name: row.name,
			email: row.email,
			phone: row.phone,
			status: row.status,
			assignedUserId: row.assigned_user_id,
			partnerId: row.partner_id,
			workingGroupId: row.working_group_id,
			routedTo: row.partner_name ?? row.working_group_name ?? null,
			createdAt: row.created_at,
			firstAnswerAt: row.first_answer_at,
			waitingSince: row.waiting_since
		},
		entries: entries.map((e) => ({
			id: e.id,
			kind: e.kind,
			body: e.body,
			by: e.kind === 'family' ? null : e.author_label || e.author_name || null,
			at: e.created_at
		})),
		templates,
		coordinators: coordinators.map((c) => ({ id: c.id, name: c.name })),
		partners,
		groups
	};
}

async function existing(ctx: Pick<ServiceContext, 'db'>, allianceId: string, id: string) {
	const row = await repo.findConcern(ctx.db, allianceId, id);
	if (!row || row.anonymised_at) throw new AppError('NOT_FOUND', 'error.notFound');
	return row;
}

export async function assignConcern(
	ctx: Pick<ServiceContext, 'db'>,
	actor: Actor,
	allianceId: string,
	id: string,
	userId: string | null
) {
	await coordinator(ctx, actor, allianceId);
	await existing(ctx, allianceId, id);
	if (userId) {
		// Only a coordinator of this alliance can be responsible.
		const coordinators = await routingRepo.findCoordinators(ctx.db, allianceId);
		if (!coordinators.some((c) => c.id === userId))
			throw new AppError('INVALID', 'concerns.error.assignee', 'userId');
	}
	await repo.updateConcern(ctx.db, allianceId, id, {
		assigned_user_id: userId,
		updated_at: new Date().toISOString()
	});
}

export async function setConcernStatus(
	ctx: Pick<ServiceContext, 'db'>,
	actor: Actor,
	allianceId: string,
	id: string,
	status: ConcernStatus
) {
	await coordinator(ctx, actor, allianceId);
	const row = await existing(ctx, allianceId, id);
	const now = new Date().toISOString();
	await repo.updateConcern(ctx.db, allianceId, id, {
		status,
		updated_at: now,
		closed_at: status === 'closed' ? (row.closed_at ?? now) : null,
		...(status === 'closed' ? { waiting_since: null } : {})
	});
	await recordAudit(ctx, {
		allianceId,
		userId: actor.userId,
		action: 'update',
		entity: 'concern',
		entityId: id,
		summary: `${row.reference}: ${status}`
	});
}

/** Routes to a partner or working group of the same alliance, or takes the routing back. */
export async function routeConcern(
	ctx: Ctx,
	actor: Actor,
	alliance: Alliance,
	id: string,
	target: string,
	prefix?: string
) {
	await coordinator(ctx, actor, alliance.id);
	const row = await existing(ctx, alliance.id, id);
	const [kind, targetId] = target ? (target.split(':') as [string, string]) : ['', ''];
	let partnerId: string | null = null;
	let groupId: string | null = null;
	if (kind === 'partner') {
		const partner = await routingRepo.findPartnerName(ctx.db, alliance.id, targetId);
		if (!partner) throw new AppError('INVALID', 'concerns.error.target', 'target');
		partnerId = partner.id;
	} else if (kind === 'group') {
		const group = await routingRepo.findGroupName(ctx.db, alliance.id, targetId);
		if (!group) throw new AppError('INVALID', 'concerns.error.target', 'target');
		groupId = group.id;
	}
	const routed = partnerId !== null || groupId !== null;
	await repo.updateConcern(ctx.db, alliance.id, id, {
		partner_id: partnerId,
		working_group_id: groupId,
		status: routed ? 'forwarded' : row.status === 'forwarded' ? 'in_progress' : row.status,
		updated_at: new Date().toISOString()
	});
	if (!routed) return;
	const siteUrl = siteUrlOf(ctx.publicUrl, alliance, prefix);
	for (const to of await routingRepo.findRoutedRecipients(ctx.db, alliance.id, {
		partnerId,
		groupId
	})) {
		await sendRoutedNotice(ctx.mailer, to, {
			allianceName: alliance.name,
			reference: row.reference,
			category: row.category_name ?? '',
			url: `${siteUrl}/intern/anliegen/${id}`
		});
	}
}

export async function addNote(
	ctx: Pick<ServiceContext, 'db'>,
	actor: Actor,
	allianceId: string,
	id: string,
	body: string
) {
	await coordinator(ctx, actor, allianceId);
	await existing(ctx, allianceId, id);
	await repo.insertEntry(ctx.db, {
		id: crypto.randomUUID(),
		alliance_id: allianceId,
		concern_id: id,
		kind: 'note',
		body,
		author_user_id: actor.userId,
		created_at: new Date().toISOString()
	});
}

/** The alliance answers: on the status page and, if the family gave an address, by mail. */
export async function answerConcern(
	ctx: Ctx,
	actor: Actor,
	alliance: Alliance,
	id: string,
	input: { body: string; close?: 'on' },
	prefix?: string
) {
	await coordinator(ctx, actor, alliance.id);
	const row = await existing(ctx, alliance.id, id);
	if (row.status === 'closed') throw new AppError('CONFLICT', 'concerns.error.closed');
	await deliverAnswer(ctx, alliance, row, {
		body: input.body,
		authorUserId: actor.userId,
		authorLabel: alliance.name,
		close: !!input.close,
		prefix
	});
}
