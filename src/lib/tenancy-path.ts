/**
 * The path prefix by which an alliance is addressed on an instance with several:
 * /b/<slug>/rest. Shared by the server (tenancy) and the router (reroute hook).
 */
const PREFIX = /^\/b\/([a-z0-9][a-z0-9-]{0,62})(\/.*)?$/;

export function splitPrefix(pathname: string): { slug: string | null; rest: string } {
	const match = PREFIX.exec(pathname);
	if (!match) return { slug: null, rest: pathname };
	return { slug: match[1] ?? null, rest: match[2] || '/' };
}
