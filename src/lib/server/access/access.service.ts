import { AppError } from '../app-error.ts';
import { isAllianceRole, type AllianceRole } from '../auth/roles.ts';
import type { DB } from '../db/db.ts';
import * as repo from './access.repository.ts';
import type { RefKind } from './access.repository.ts';
import { mayEditEvent, mayManagePartner, type Standing } from './access.rules.ts';

export type { RefKind } from './access.repository.ts';

/*
 * One answer to "may this actor do this to these ids in this alliance" (as Immich's
 * requireAccess), checked against the database whatever the route already checked. Services
 * that act for a person call it first; routes reach the same rules through auth/permissions.ts.
 * It also holds the one check that every id a form submits belongs to the alliance.
 */

type Ctx = { db: DB };

/** Who acts, as services see it (a Viewer fits). */
export interface Actor {
	userId: string;
	platformAdmin: boolean;
}

/**
 * Who acts: a person as the session knows them (Actor: a Viewer fits), only their user id
 * (their standing is then read from the database), or the system itself (seeds, imports, jobs),
 * which may do anything inside the alliance it was called for.
 */
export type AccessActor = Actor | { system: true } | { userId: string };

export type Permission =
	/** one of the given roles (platform operators always) */
	| { roles: readonly AllianceRole[] }
	/** alliance administration: coordinators */
	| 'alliance.manage'
	/** site content, files, calendar: coordinators and editors */
	| 'content.edit'
	/** anything members may do: every role */
	| 'member'
	/** change these partners (ids): coordinators, or a contact of each of them (404 otherwise) */
	| 'partner.manage'
	/** change events organised by these partners (ids, null = the alliance; 403 otherwise) */
	| 'event.edit';

export interface Grant {
	/** the actor's own role in the alliance (null: operator without membership, or the system) */
	role: AllianceRole | null;
	system: boolean;
	/** for partner.manage and event.edit: does the actor act as a partner's contact? */
	asPartner: boolean;
}

const ROLES: Record<'alliance.manage' | 'content.edit' | 'member', readonly AllianceRole[]> = {
	'alliance.manage': ['coordinator'],
	'content.edit': ['coordinator', 'editor'],
	member: ['coordinator', 'editor', 'partner']
};

async function standingOf(db: DB, actor: Actor | { userId: string }, allianceId: string) {
	const found = await repo.findMemberRole(db, allianceId, actor.userId);
	const role = found && isAllianceRole(found) ? found : null;
	// A session's Actor says whether they operate the installation; a bare user id is looked up.
	const platformAdmin =
		'platformAdmin' in actor ? actor.platformAdmin : await repo.findIsOperator(db, actor.userId);
	return { role, platformAdmin } satisfies Standing;
}

/** Partner ids the person speaks for in this alliance. */
export function partnerIdsOfUser(ctx: Ctx, allianceId: string, userId: string): Promise<string[]> {
	return repo.findPartnerIdsOfUser(ctx.db, allianceId, userId);
}

/**
 * Throws a AppError (403, or 404 where the mere existence of another partner's data must not
 * show) unless the actor may do `permission` to `ids` in the alliance. Returns what the actor is.
 */
export async function requireAccess(
	ctx: Ctx,
	actor: AccessActor,
	allianceId: string,
	permission: Permission,
	ids: readonly (string | null)[] = []
): Promise<Grant> {
	if ('system' in actor) return { role: null, system: true, asPartner: false };
	const who = await standingOf(ctx.db, actor, allianceId);
	const roles =
		typeof permission === 'object'
			? permission.roles
			: permission === 'partner.manage'
				? (['coordinator', 'partner'] as const)
				: permission === 'event.edit'
					? ROLES.member
					: ROLES[permission];
	const hasRole = who.role !== null && roles.includes(who.role);
	if (!hasRole && !who.platformAdmin) throw new AppError('FORBIDDEN', 'error.forbidden');
	const role = hasRole ? who.role : null;
	const grant = { role, system: false, asPartner: false };
	if (permission === 'partner.manage' && role === 'partner' && !who.platformAdmin) {
		const own = await partnerIdsOfUser(ctx, allianceId, actor.userId);
		if (!ids.every((id) => id !== null && mayManagePartner(who, id, own))) {
			throw new AppError('NOT_FOUND', 'error.notFound');
		}
		return { ...grant, asPartner: true };
	}
	if (permission === 'event.edit' && role === 'partner' && !who.platformAdmin) {
		const own = await partnerIdsOfUser(ctx, allianceId, actor.userId);
		if (!mayEditEvent(who, ids, own)) throw new AppError('FORBIDDEN', 'error.forbidden');
		return { ...grant, asPartner: true };
	}
	return grant;
}

/**
 * For services that take a bare user id (null = the system: seeds, demo, jobs): checks the
 * person's standing again, from the database, before the service acts for them.
 */
export async function requireAccessFor(
	ctx: Ctx,
	userId: string | null,
	allianceId: string,
	permission: Permission
): Promise<Grant> {
	return requireAccess(
		ctx,
		userId === null ? { system: true } : { userId },
		allianceId,
		permission
	);
}

// ---------- references: every id a form submits belongs to the alliance ----------

/** Ids of one kind from a form, and the form field they came from (for the error message). */
export interface Reference {
	kind: RefKind;
	field: string;
	ids: string | null | undefined | readonly (string | null | undefined)[];
}

function idsOf(ref: Reference): string[] {
	const list = Array.isArray(ref.ids) ? ref.ids : [ref.ids];
	return [...new Set(list.filter((id): id is string => typeof id === 'string' && id !== ''))];
}

/** The subset of `ids` that are rows of `kind` in the alliance (public forms drop the rest). */
export async function idsInAlliance(
	ctx: Ctx,
	allianceId: string,
	kind: RefKind,
	ids: readonly string[]
): Promise<string[]> {
	return repo.findOwnedIds(ctx.db, allianceId, kind, [...new Set(ids)]);
}

/** The first reference that points outside the alliance (or nowhere), or null. */
export async function foreignReference(
	ctx: Ctx,
	allianceId: string,
	refs: readonly Reference[]
): Promise<Reference | null> {
	for (const ref of refs) {
		const ids = idsOf(ref);
		if (!ids.length) continue;
		const owned = await repo.findOwnedIds(ctx.db, allianceId, ref.kind, ids);
		if (owned.length !== ids.length) return ref;
	}
	return null;
}

/**
 * Throws AppError 400 ('error.invalid', naming the form field) unless every id of `refs` is a
 * row of its kind in this alliance. Every service that stores an id it got from a form calls
 * this before it writes anything.
 */
export async function assertSameAlliance(
	ctx: Ctx,
	allianceId: string,
	refs: readonly Reference[]
): Promise<void> {
	const foreign = await foreignReference(ctx, allianceId, refs);
	if (foreign) throw new AppError('INVALID', 'error.invalid', foreign.field);
}
