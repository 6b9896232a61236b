import { describe, expect, it } from 'vitest';
import { requestScheme } from './forwarded.ts';

describe('the scheme of a request', () => {
	it('ignores X-Forwarded-Proto unless a proxy is configured', () => {
		const untrusted = { trustProxy: false, fallback: 'http' } as const;
		expect(requestScheme('https', untrusted)).toBe('http');
		expect(requestScheme('javascript', untrusted)).toBe('http');
		expect(requestScheme(undefined, { trustProxy: false, fallback: 'https' })).toBe('https');
	});

	it('takes only http or https from a trusted proxy, the first of a list', () => {
		const trusted = { trustProxy: true, fallback: 'http' } as const;
		expect(requestScheme('https', trusted)).toBe('https');
		expect(requestScheme('HTTPS, http', trusted)).toBe('https');
		expect(requestScheme('javascript', trusted)).toBe('http');
		expect(requestScheme(['https'], trusted)).toBe('https');
		expect(requestScheme('', trusted)).toBe('http');
	});
});
