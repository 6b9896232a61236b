import type { DB } from '../db/db.ts';
import { findMembership } from './member.repository.ts';
import { RuleError } from './rule-error.ts';
import type { AllianceRole } from './roles.ts';

/** Who acts, as services see it (a Viewer fits). */
export interface Actor {
	userId: string;
	platformAdmin: boolean;
}

/**
 * Services check again, against the database, that the actor holds one of `roles` in exactly
 * this alliance (platform admins may act everywhere). Routes have checked already; this keeps
 * a service safe when it is called with another alliance's id.
 * Returns the actor's own membership role, or null for a platform admin who is not a member.
 */
export async function assertAllianceRole(
	db: DB,
	actor: Actor,
	allianceId: string,
	roles: readonly AllianceRole[]
): Promise<AllianceRole | null> {
	const membership = await findMembership(db, allianceId, actor.userId);
	if (membership && (roles as readonly string[]).includes(membership.role)) {
		return membership.role as AllianceRole;
	}
	if (actor.platformAdmin) return null;
	throw new RuleError('error.forbidden', 403);
}
