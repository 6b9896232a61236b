import type { App } from '../app.ts';
import { findMembership } from './member.repository.ts';
import { isAllianceRole } from './roles.ts';
import type { Viewer } from './viewer.ts';

const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?better-auth\.session_token=/;

/** Who is signed in (Better Auth session) and their role in the given alliance. */
export async function loadViewer(
	app: Pick<App, 'auth' | 'db'>,
	headers: Headers,
	allianceId: string | null
): Promise<Viewer | null> {
	// Anonymous visitors (the common case) cost no database query.
	if (!SESSION_COOKIE.test(headers.get('cookie') ?? '')) return null;
	const session = await app.auth.api.getSession({ headers });
	if (!session) return null;
	const user = session.user as typeof session.user & { role?: string | null };
	let role: Viewer['role'] = null;
	if (allianceId) {
		const membership = await findMembership(app.db, allianceId, user.id);
		if (membership && isAllianceRole(membership.role)) role = membership.role;
	}
	return {
		userId: user.id,
		name: user.name,
		email: user.email,
		platformAdmin: user.role === 'admin',
		role
	};
}
