import { assertAllianceRole, type Actor } from '../auth/actor.ts';
import { findMembership } from '../auth/member.repository.ts';
import { AppError } from '../app-error.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { contentChanged } from '../alliances/content-changed.ts';
import type { ServiceContext } from '../context.ts';
import { assertSameAlliance, partnerIdsOfUser } from '../access/access.service.ts';
import { listTopicRefs } from '../topics/topic.service.ts';
import { htmlToPlain, slugify, textToHtml } from '../partners/partner-text.ts';
import type { TopicRef } from '../topics/topic.types.ts';
import * as repo from './working-group.repository.ts';
import type { MemberInput, WorkingGroupInput } from './working-group.schema.ts';

/*
 * Working groups: a public description and contact; members (accounts of the alliance, e.g.
 * partner contacts, or individuals without an account); meetings are in meeting.service.ts.
 */

type ReadCtx = Pick<ServiceContext, 'db'>;
type WriteCtx = Pick<ServiceContext, 'db' | 'registry'>;

export interface WorkingGroup {
	id: string;
	slug: string;
	name: string;
	summary: string;
	descriptionHtml: string;
	contactName: string;
	contactEmail: string;
	topic: TopicRef | null;
	status: 'active' | 'ended';
	position: number;
}

export interface GroupMember {
	id: string;
	userId: string | null;
	name: string;
	email: string;
	role: 'lead' | 'member';
	partnerName: string | null;
}

function toGroup(row: repo.WorkingGroupRow, topics: TopicRef[]): WorkingGroup {
	return {
		id: row.id,
		slug: row.slug,
		name: row.name,
		summary: row.summary,
		descriptionHtml: row.description_html,
		contactName: row.contact_name,
		contactEmail: row.contact_email,
		topic: topics.find((t) => t.id === row.topic_id) ?? null,
		status: row.status,
		position: row.position
	};
}

export async function listGroups(
	ctx: ReadCtx,
	allianceId: string,
	filter: { topicId?: string } = {}
): Promise<WorkingGroup[]> {
	const [rows, topics] = await Promise.all([
		repo.findGroups(ctx.db, allianceId, filter),
		listTopicRefs(ctx, allianceId)
	]);
	return rows.map((r) => toGroup(r, topics));
}

export async function groupBySlug(
	ctx: ReadCtx,
	allianceId: string,
	slug: string
): Promise<WorkingGroup | null> {
	const row = await repo.findGroupBySlug(ctx.db, allianceId, slug);
	if (!row) return null;
	return toGroup(row, await listTopicRefs(ctx, allianceId));
}

async function groupById(ctx: ReadCtx, allianceId: string, id: string) {
	const row = await repo.findGroupById(ctx.db, allianceId, id);
	if (!row) return null;
	return toGroup(row, await listTopicRefs(ctx, allianceId));
}

/** The public member list: names and organisations only, never e-mail addresses. */
export async function publicMembers(ctx: ReadCtx, allianceId: string, groupId: string) {
	const rows = await repo.findMembers(ctx.db, allianceId, groupId);
	return rows.map((r) => ({ name: r.name, role: r.role, partnerName: r.partner_name }));
}

async function groupMembers(
	ctx: ReadCtx,
	allianceId: string,
	groupId: string
): Promise<GroupMember[]> {
	const rows = await repo.findMembers(ctx.db, allianceId, groupId);
	return rows.map((r) => ({
		id: r.id,
		userId: r.user_id,
		name: r.name,
		email: r.email,
		role: r.role,
		partnerName: r.partner_name
	}));
}

/**
 * Who may read a group's meetings and minutes: its members, and the alliance's coordinators.
 * The coordination team's meetings (groupId null): coordinators only.
 */
export async function canSeeMeetings(
	ctx: ReadCtx,
	actor: Actor,
	allianceId: string,
	groupId: string | null
): Promise<boolean> {
	const membership = await findMembership(ctx.db, allianceId, actor.userId);
	if (membership?.role === 'coordinator' || actor.platformAdmin) return true;
	if (!membership || groupId === null) return false;
	const groups = await repo.findGroupIdsOfUser(ctx.db, allianceId, actor.userId);
	return groups.includes(groupId);
}

/** The groups whose meetings this person sees; null in the list: the coordination team. */
export async function visibleMeetingGroups(
	ctx: ReadCtx,
	actor: Actor,
	allianceId: string
): Promise<(string | null)[]> {
	const membership = await findMembership(ctx.db, allianceId, actor.userId);
	if (membership?.role === 'coordinator' || actor.platformAdmin) {
		return [null, ...(await repo.findGroups(ctx.db, allianceId)).map((g) => g.id)];
	}
	if (!membership) return [];
	return repo.findGroupIdsOfUser(ctx.db, allianceId, actor.userId);
}

// ---------- coordinators ----------

export async function groupForEdit(ctx: ReadCtx, actor: Actor, allianceId: string, id: string) {
	await assertAllianceRole(ctx.db, actor, allianceId, ['coordinator']);
	const group = await groupById(ctx, allianceId, id);
	if (!group) throw new AppError('NOT_FOUND', 'error.notFound');
	return {
		group,
		values: {
			name: group.name,
			summary: group.summary,
			description: htmlToPlain(group.descriptionHtml),
			contactName: group.contactName,
			contactEmail: group.contactEmail,
			topicId: group.topic?.id ?? '',
			status: group.status,
			position: String(group.position)
		},
		members: await groupMembers(ctx, allianceId, id)
	};
}

/** Creates (id null) or updates a group; no permission check (seeds, or saveGroup). */
export async function writeGroup(
	ctx: ReadCtx,
	allianceId: string,
	id: string | null,
	input: WorkingGroupInput
): Promise<{ id: string; slug: string }> {
	await assertSameAlliance(ctx, allianceId, [
		{ kind: 'topic', field: 'topicId', ids: input.topicId }
	]);
	const now = new Date().toISOString();
	const values = {
		name: input.name,
		summary: input.summary,
		description_html: textToHtml(input.description),
		contact_name: input.contactName,
		contact_email: input.contactEmail,
		topic_id: input.topicId || null,
		status: input.status,
		position: input.position,
		updated_at: now
	};
	if (id) {
		const existing = await repo.findGroupById(ctx.db, allianceId, id);
		if (!existing) throw new AppError('NOT_FOUND', 'error.notFound');
		await repo.updateGroup(ctx.db, allianceId, id, values);
		return { id, slug: existing.slug };
	}
	const base = slugify(input.name, 'arbeitsgruppe');
	let slug = base;
	for (let n = 2; await repo.groupSlugTaken(ctx.db, allianceId, slug); n++) slug = `${base}-${n}`;
	const newId = crypto.randomUUID();
	await repo.insertGroup(ctx.db, {
		...values,
		id: newId,
		alliance_id: allianceId,
		slug,
		created_at: now
	});
	return { id: newId, slug };
}

export async function saveGroup(
	ctx: WriteCtx,
	actor: Actor,
	allianceId: string,
	id: string | null,
	input: WorkingGroupInput
) {
	await assertAllianceRole(ctx.db, actor, allianceId, ['coordinator']);
	const saved = await writeGroup(ctx, allianceId, id, input);
	await recordAudit(ctx, {
		allianceId,
		userId: actor.userId,
		action: id ? 'update' : 'create',
		entity: 'working_group',
		entityId: saved.id,
		summary: input.name
	});
	await contentChanged(ctx, allianceId);
	return saved;
}

export async function removeGroup(ctx: WriteCtx, actor: Actor, allianceId: string, id: string) {
	await assertAllianceRole(ctx.db, actor, allianceId, ['coordinator']);
	if (!(await repo.deleteGroup(ctx.db, allianceId, id)))
		throw new AppError('NOT_FOUND', 'error.notFound');
	await recordAudit(ctx, {
		allianceId,
		userId: actor.userId,
		action: 'delete',
		entity: 'working_group',
		entityId: id
	});
	await contentChanged(ctx, allianceId);
}

/** Adds a member; an account is taken with its name, e-mail and (first) partner. */
export async function addMember(
	ctx: WriteCtx,
	actor: Actor | null,
	allianceId: string,
	groupId: string,
	input: MemberInput
): Promise<void> {
	if (actor) await assertAllianceRole(ctx.db, actor, allianceId, ['coordinator']);
	if (!(await repo.findGroupById(ctx.db, allianceId, groupId))) {
		throw new AppError('NOT_FOUND', 'error.notFound');
	}
	let name = input.name;
	let email = input.email;
	let partnerId: string | null = null;
	if (input.userId) {
		const account = (await repo.findAllianceAccounts(ctx.db, allianceId)).find(
			(a) => a.id === input.userId
		);
		if (!account) throw new AppError('INVALID', 'groups.error.member', 'userId');
		name = account.name;
		email = account.email;
		partnerId = (await partnerIdsOfUser(ctx, allianceId, account.id))[0] ?? null;
	}
	await repo.insertMember(ctx.db, {
		id: crypto.randomUUID(),
		alliance_id: allianceId,
		working_group_id: groupId,
		user_id: input.userId || null,
		partner_id: partnerId,
		name,
		email,
		role: input.role,
		created_at: new Date().toISOString()
	});
	if (actor) {
		await recordAudit(ctx, {
			allianceId,
			userId: actor.userId,
			action: 'add',
			entity: 'working_group_member',
			entityId: groupId,
			summary: name
		});
	}
	// The public group page lists its members.
	await contentChanged(ctx, allianceId);
}

export async function removeMember(
	ctx: WriteCtx,
	actor: Actor,
	allianceId: string,
	groupId: string,
	memberId: string
): Promise<void> {
	await assertAllianceRole(ctx.db, actor, allianceId, ['coordinator']);
	if (!(await repo.deleteMember(ctx.db, allianceId, groupId, memberId))) {
		throw new AppError('NOT_FOUND', 'error.notFound');
	}
	await contentChanged(ctx, allianceId);
}

export async function accountChoices(ctx: ReadCtx, allianceId: string) {
	return repo.findAllianceAccounts(ctx.db, allianceId);
}
