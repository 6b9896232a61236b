/** Headers every response carries (the CSP itself comes from SvelteKit's csp config). */
export function securityHeaders(headers: Headers, url: URL, publicUrl: string | undefined): void {
	const set = (name: string, value: string) => {
		if (!headers.has(name)) headers.set(name, value);
	};
	set('X-Content-Type-Options', 'nosniff');
	set('Referrer-Policy', 'strict-origin-when-cross-origin');
	// The embeddable widget allows every site to frame it (its own CSP: frame-ancestors *).
	if (!/frame-ancestors \*/.test(headers.get('content-security-policy') ?? '')) {
		set('X-Frame-Options', 'SAMEORIGIN');
	}
	set('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()');
	set('Cross-Origin-Opener-Policy', 'same-origin');
	if (url.protocol === 'https:' || publicUrl?.startsWith('https://')) {
		set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
	}
	// Non-HTML responses (files, feeds) get a CSP too, so that an uploaded file can never run script.
	const type = headers.get('content-type') ?? '';
	if (!type.startsWith('text/html')) {
		set('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'; sandbox");
	}
}
