import { createAccessControl } from 'better-auth/plugins/access';
import { defaultStatements } from 'better-auth/plugins/organization/access';

/**
 * Roles inside one alliance (Better Auth "organization" = our alliance).
 * coordinator: alliance admin; editor: content; partner: a partner's contact person.
 */
const ALLIANCE_ROLES = ['coordinator', 'editor', 'partner'] as const;
export type AllianceRole = (typeof ALLIANCE_ROLES)[number];

export const accessControl = createAccessControl(defaultStatements);

export const allianceRoles = {
	coordinator: accessControl.newRole({
		organization: ['update'],
		member: ['create', 'update', 'delete'],
		invitation: ['create', 'cancel'],
		team: [],
		ac: []
	}),
	editor: accessControl.newRole({
		organization: [],
		member: [],
		invitation: [],
		team: [],
		ac: []
	}),
	partner: accessControl.newRole({
		organization: [],
		member: [],
		invitation: [],
		team: [],
		ac: []
	})
};

export function isAllianceRole(value: string): value is AllianceRole {
	return (ALLIANCE_ROLES as readonly string[]).includes(value);
}
