import { z } from 'zod';
import { assertAllianceRole, type Actor } from '../auth/actor.ts';
import { RuleError } from '../auth/rule-error.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { ServiceContext } from '../context.ts';
import * as repo from './contact-inbox.repository.ts';
import { CONTACT_RETENTION_DAYS } from './contact.service.ts';

/*
 * The coordinators' inbox of contact-form messages: read, mark as done, delete. Messages hold
 * personal data of families, so only coordinators see them, and they are deleted after
 * CONTACT_RETENTION_DAYS (contact.service.ts) at the latest.
 */

export const RETENTION_DAYS = CONTACT_RETENTION_DAYS;

export const messageActionSchema = z.object({ id: z.string().trim().min(1).max(100) });

export interface InboxMessage {
	id: string;
	name: string;
	email: string;
	subject: string;
	message: string;
	done: boolean;
	receivedAt: string;
}

type Ctx = Pick<ServiceContext, 'db'>;

export async function listMessages(
	ctx: Ctx,
	actor: Actor,
	allianceId: string,
	options: { onlyNew?: boolean } = {}
): Promise<InboxMessage[]> {
	await assertAllianceRole(ctx.db, actor, allianceId, ['coordinator']);
	const rows = await repo.findContactMessages(ctx.db, allianceId, !!options.onlyNew);
	return rows.map((row) => ({
		id: row.id,
		name: row.name,
		email: row.email,
		subject: row.subject,
		message: row.message,
		done: row.status === 'done',
		receivedAt: row.created_at
	}));
}

export async function setMessageDone(
	ctx: Ctx,
	actor: Actor,
	allianceId: string,
	id: string,
	done: boolean
): Promise<void> {
	await assertAllianceRole(ctx.db, actor, allianceId, ['coordinator']);
	const changed = await repo.updateContactMessageStatus(
		ctx.db,
		allianceId,
		id,
		done ? 'done' : 'new'
	);
	if (!changed) throw new RuleError('admin.messages.notFound', 404);
}

export async function deleteMessage(
	ctx: Ctx,
	actor: Actor,
	allianceId: string,
	id: string
): Promise<void> {
	await assertAllianceRole(ctx.db, actor, allianceId, ['coordinator']);
	const found = await repo.findContactMessage(ctx.db, allianceId, id);
	if (!found) throw new RuleError('admin.messages.notFound', 404);
	await repo.deleteContactMessage(ctx.db, allianceId, id);
	// The audit keeps that a message was deleted, not what it said or who sent it.
	await recordAudit(ctx, {
		allianceId,
		userId: actor.userId,
		action: 'delete',
		entity: 'contact_message',
		entityId: id
	});
}
