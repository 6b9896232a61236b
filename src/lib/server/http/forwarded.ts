/**
 * The scheme of a request as the app sees it (scripts/start.ts writes it into
 * X-Forwarded-Proto, which adapter-node reads as PROTOCOL_HEADER). Only a configured proxy
 * (TRUST_PROXY=true) may tell it, and only as `http` or `https`; anything else — a client's own
 * header, `javascript`, a list — gives the scheme of PUBLIC_URL. So no request can change the
 * URL the app renders for the next visitor (page cache).
 */
export function requestScheme(
	header: string | string[] | undefined,
	options: { trustProxy: boolean; fallback: 'http' | 'https' }
): 'http' | 'https' {
	if (!options.trustProxy) return options.fallback;
	const raw = Array.isArray(header) ? header[0] : header;
	// A chain of proxies appends: the first value is what the client used.
	const first = raw?.split(',')[0]?.trim().toLowerCase();
	return first === 'http' || first === 'https' ? first : options.fallback;
}

/** Headers that only a trusted proxy may set; removed from every request otherwise. */
export const PROXY_HEADERS = ['x-forwarded-host', 'x-forwarded-port', 'forwarded'] as const;
