/**
 * The `?weiter=` path after signing in: only a path on this site, never another host
 * ("//evil.example", "/\\evil.example", "https://…"), never a control character.
 */
export function safeReturnPath(value: unknown, fallback: string): string {
	if (typeof value !== 'string' || value === '') return fallback;
	if (!value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return fallback;
	// eslint-disable-next-line no-control-regex
	if (/[\u0000-\u001f\u007f]/.test(value)) return fallback;
	try {
		const base = new URL('http://site.invalid');
		const url = new URL(value, base);
		if (url.origin !== base.origin) return fallback;
		return url.pathname + url.search + url.hash;
	} catch {
		return fallback;
	}
}
