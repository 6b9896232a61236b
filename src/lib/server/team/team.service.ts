import { assertAllianceRole, type Actor } from '../auth/actor.ts';
import { AppError } from '../app-error.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { contentChanged } from '../alliances/content-changed.ts';
import type { ServiceContext } from '../context.ts';
import { storeImage } from '../uploads/upload-store.service.ts';
import * as repo from './team.repository.ts';
import type { TeamMemberInput } from './team.schema.ts';

/*
 * The elected coordination team (Koordinierungsteam): current members and past terms,
 * shown on /koordinierungsteam and kept by coordinators in /admin/team.
 */

export interface TeamMember {
	id: string;
	name: string;
	role: string;
	organisation: string;
	photoId: string | null;
	termFrom: string | null;
	termTo: string | null;
	position: number;
}

type Ctx = Pick<ServiceContext, 'db' | 'registry' | 'uploadDir'>;

function toTeamMember(row: repo.TeamMemberRow): TeamMember {
	return {
		id: row.id,
		name: row.name,
		role: row.role,
		organisation: row.organisation,
		photoId: row.photo_id,
		termFrom: row.term_from,
		termTo: row.term_to,
		position: row.position
	};
}

/** Current: the term has begun (or has no start) and has not ended before `today`. */
export function isCurrent(member: TeamMember, today: string): boolean {
	return (
		(!member.termFrom || member.termFrom <= today) && (!member.termTo || member.termTo >= today)
	);
}

export async function listTeam(
	ctx: Pick<ServiceContext, 'db'>,
	allianceId: string,
	today = new Date().toISOString().slice(0, 10)
): Promise<{ current: TeamMember[]; past: TeamMember[]; all: TeamMember[] }> {
	const all = (await repo.findTeamMembers(ctx.db, allianceId)).map(toTeamMember);
	const current = all.filter((m) => isCurrent(m, today));
	const past = all
		.filter((m) => !isCurrent(m, today) && !!m.termTo && m.termTo < today)
		.sort((a, b) => (b.termTo ?? '').localeCompare(a.termTo ?? ''));
	return { current, past, all };
}

export async function getTeamMember(
	ctx: Pick<ServiceContext, 'db'>,
	actor: Actor,
	allianceId: string,
	id: string
): Promise<TeamMember> {
	await assertAllianceRole(ctx.db, actor, allianceId, ['coordinator']);
	const row = await repo.findTeamMember(ctx.db, allianceId, id);
	if (!row) throw new AppError('NOT_FOUND', 'error.notFound');
	return toTeamMember(row);
}

async function photo(
	ctx: Ctx,
	allianceId: string,
	userId: string,
	file: File | null,
	name: string
) {
	if (!file) return null;
	const stored = await storeImage(ctx, allianceId, userId, file, { alt: name, maxWidth: 600 });
	if (!stored.ok) throw new AppError('INVALID', stored.error, 'photo');
	return stored.file.id;
}

export async function saveTeamMember(
	ctx: Ctx,
	actor: Actor,
	allianceId: string,
	id: string | null,
	input: TeamMemberInput,
	files: { photo: File | null; removePhoto?: boolean }
): Promise<{ id: string }> {
	await assertAllianceRole(ctx.db, actor, allianceId, ['coordinator']);
	const photoId = await photo(ctx, allianceId, actor.userId, files.photo, input.name);
	const values = {
		name: input.name,
		role: input.role,
		organisation: input.organisation,
		term_from: input.termFrom || null,
		term_to: input.termTo || null,
		position: input.position
	};
	let memberId = id;
	if (id) {
		if (!(await repo.findTeamMember(ctx.db, allianceId, id))) {
			throw new AppError('NOT_FOUND', 'error.notFound');
		}
		await repo.updateTeamMember(ctx.db, allianceId, id, {
			...values,
			...(photoId ? { photo_id: photoId } : files.removePhoto ? { photo_id: null } : {})
		});
	} else {
		memberId = crypto.randomUUID();
		await repo.insertTeamMember(ctx.db, {
			id: memberId,
			alliance_id: allianceId,
			...values,
			photo_id: photoId
		});
	}
	await recordAudit(ctx, {
		allianceId,
		userId: actor.userId,
		action: id ? 'update' : 'create',
		entity: 'team_member',
		entityId: memberId,
		summary: input.name
	});
	await contentChanged(ctx, allianceId);
	return { id: memberId! };
}

export async function removeTeamMember(
	ctx: Ctx,
	actor: Actor,
	allianceId: string,
	id: string
): Promise<void> {
	await assertAllianceRole(ctx.db, actor, allianceId, ['coordinator']);
	if (!(await repo.deleteTeamMember(ctx.db, allianceId, id))) {
		throw new AppError('NOT_FOUND', 'error.notFound');
	}
	await recordAudit(ctx, {
		allianceId,
		userId: actor.userId,
		action: 'delete',
		entity: 'team_member',
		entityId: id
	});
	await contentChanged(ctx, allianceId);
}
