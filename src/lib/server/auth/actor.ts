import { requireAccess, type Actor } from '../access/access.service.ts';
import type { DB } from '../db/db.ts';
import type { AllianceRole } from './roles.ts';

export type { Actor } from '../access/access.service.ts';

/**
 * Services check again, against the database, that the actor holds one of `roles` in exactly
 * this alliance (platform admins may act everywhere). Routes have checked already; this keeps
 * a service safe when it is called with another alliance's id. A shorthand for the access
 * module's requireAccess with a list of roles.
 * Returns the actor's own membership role, or null for a platform admin who is not a member.
 */
export async function assertAllianceRole(
	db: DB,
	actor: Actor,
	allianceId: string,
	roles: readonly AllianceRole[]
): Promise<AllianceRole | null> {
	return (await requireAccess({ db }, actor, allianceId, { roles })).role;
}
