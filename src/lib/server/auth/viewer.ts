import type { AllianceRole } from './roles.ts';

/** The signed-in person as routes see them, with their role in the current alliance. */
export interface Viewer {
	userId: string;
	name: string;
	email: string;
	/** Operator of the installation (Better Auth admin role) */
	platformAdmin: boolean;
	/** Role in the alliance of this request, or null when not a member */
	role: AllianceRole | null;
}
