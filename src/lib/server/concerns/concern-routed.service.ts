import type { Alliance } from '../alliances/alliance.types.ts';
import { assertAllianceRole, type Actor } from '../auth/actor.ts';
import { AppError } from '../app-error.ts';
import type { ServiceContext } from '../context.ts';
import { deliverAnswer } from './concern-answer.ts';
import * as repo from './concern.repository.ts';
import * as routingRepo from './concern-routing.repository.ts';

/*
 * Partners and working groups answer the concerns routed to them in /intern. They see only
 * those concerns, only the family's messages and the answers (no internal notes, no contact
 * data, no assignment), and nothing of any other concern: an unknown id and another partner's
 * concern look the same (404).
 */

type Ctx = Pick<ServiceContext, 'db' | 'mailer' | 'log' | 'publicUrl'>;

async function scope(ctx: Pick<ServiceContext, 'db'>, actor: Actor, allianceId: string) {
	await assertAllianceRole(ctx.db, actor, allianceId, ['partner', 'coordinator', 'editor']);
	return routingRepo.findRoutingScope(ctx.db, allianceId, actor.userId);
}

export async function listRouted(
	ctx: Pick<ServiceContext, 'db'>,
	actor: Actor,
	allianceId: string
) {
	const { partnerIds, groupIds } = await scope(ctx, actor, allianceId);
	const rows = await repo.findRoutedConcerns(ctx.db, allianceId, partnerIds, groupIds);
	return rows.map((r) => ({
		id: r.id,
		reference: r.reference,
		category: r.category_name ?? '',
		status: r.status,
		routedTo: r.partner_name ?? r.working_group_name ?? '',
		createdAt: r.created_at
	}));
}

async function routedRow(
	ctx: Pick<ServiceContext, 'db'>,
	actor: Actor,
	allianceId: string,
	id: string
) {
	const { partnerIds, groupIds } = await scope(ctx, actor, allianceId);
	const row = await repo.findConcern(ctx.db, allianceId, id);
	const visible =
		row &&
		!row.anonymised_at &&
		((row.partner_id !== null && partnerIds.includes(row.partner_id)) ||
			(row.working_group_id !== null && groupIds.includes(row.working_group_id)));
	if (!visible) throw new AppError('NOT_FOUND', 'error.notFound');
	return row;
}

export async function routedDetail(
	ctx: Pick<ServiceContext, 'db'>,
	actor: Actor,
	allianceId: string,
	id: string
) {
	const row = await routedRow(ctx, actor, allianceId, id);
	const entries = await repo.findEntries(ctx.db, allianceId, id, ['family', 'answer']);
	return {
		id: row.id,
		reference: row.reference,
		category: row.category_name ?? '',
		message: row.message,
		name: row.name,
		status: row.status,
		routedTo: row.partner_name ?? row.working_group_name ?? '',
		createdAt: row.created_at,
		entries: entries.map((e) => ({
			id: e.id,
			kind: e.kind,
			body: e.body,
			by: e.kind === 'answer' ? e.author_label : null,
			at: e.created_at
		}))
	};
}

export async function answerRouted(
	ctx: Ctx,
	actor: Actor,
	alliance: Alliance,
	id: string,
	body: string,
	prefix?: string
) {
	const row = await routedRow(ctx, actor, alliance.id, id);
	if (row.status === 'closed') throw new AppError('CONFLICT', 'concerns.error.closed');
	await deliverAnswer(ctx, alliance, row, {
		body,
		authorUserId: actor.userId,
		authorLabel: row.partner_name ?? row.working_group_name ?? alliance.name,
		close: false,
		prefix
	});
}
