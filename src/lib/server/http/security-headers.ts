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

/**
 * Lets an HTML page load images from one more origin (the map tiles of MAP_TILE_URL): adds it to
 * the img-src of the CSP SvelteKit wrote, and nothing else.
 */
export function allowImagesFrom(headers: Headers, origin: string): void {
	const csp = headers.get('content-security-policy');
	if (!csp || !(headers.get('content-type') ?? '').startsWith('text/html')) return;
	if (!/^https:\/\/[a-z0-9.-]+(:\d+)?$/i.test(origin)) return;
	headers.set(
		'content-security-policy',
		/(^|;)\s*img-src\s/.test(csp)
			? csp.replace(/((?:^|;)\s*img-src)([^;]*)/, `$1$2 ${origin}`)
			: `${csp}; img-src 'self' data: ${origin}`
	);
}
