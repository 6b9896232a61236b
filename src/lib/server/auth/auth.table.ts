import type { ColumnType } from 'kysely';

/*
 * Row types of the tables Better Auth owns (migration 2026-11-21T1200-foundation). We read them;
 * Better Auth alone writes them.
 */

/** Better Auth writes Date objects; SQLite gives them back as text, PostgreSQL as Date. */
export type AuthTime = ColumnType<Date | string, Date | string, Date | string>;

export interface UserTable {
	id: string;
	name: string;
	email: string;
	emailVerified: ColumnType<boolean | number, boolean | number, boolean | number>;
	image: string | null;
	createdAt: AuthTime;
	updatedAt: AuthTime;
	role: string | null;
	banned: ColumnType<boolean | number | null, boolean | number | null, boolean | number | null>;
	banReason: string | null;
	banExpires: AuthTime | null;
	locale: string | null;
}

export interface SessionTable {
	id: string;
	expiresAt: AuthTime;
	token: string;
	createdAt: AuthTime;
	updatedAt: AuthTime;
	ipAddress: string | null;
	userAgent: string | null;
	userId: string;
	impersonatedBy: string | null;
	activeOrganizationId: string | null;
}

export interface AccountTable {
	id: string;
	accountId: string;
	providerId: string;
	userId: string;
	password: string | null;
	createdAt: AuthTime;
	updatedAt: AuthTime;
}

export interface VerificationTable {
	id: string;
	identifier: string;
	value: string;
	expiresAt: AuthTime;
	createdAt: AuthTime;
	updatedAt: AuthTime;
}

export interface MemberTable {
	id: string;
	organizationId: string;
	userId: string;
	role: string;
	createdAt: AuthTime;
}

export interface InvitationTable {
	id: string;
	organizationId: string;
	email: string;
	role: string | null;
	status: string;
	expiresAt: AuthTime;
	createdAt: AuthTime;
	inviterId: string;
}

/** Merged into the database type in db/schema.ts. */
export interface AuthTables {
	user: UserTable;
	session: SessionTable;
	account: AccountTable;
	verification: VerificationTable;
	member: MemberTable;
	invitation: InvitationTable;
}
