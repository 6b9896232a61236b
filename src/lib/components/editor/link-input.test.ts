import { describe, expect, it } from 'vitest';
import { normaliseLink } from './link-input.ts';

describe('normaliseLink', () => {
	it('completes what volunteers type', () => {
		expect(normaliseLink('www.musterstadt.de')).toBe('https://www.musterstadt.de');
		expect(normaliseLink('info@musterstadt.de')).toBe('mailto:info@musterstadt.de');
		expect(normaliseLink('0123 456 78-90')).toBe('tel:01234567890');
		expect(normaliseLink('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
		expect(normaliseLink('/ueber-uns')).toBe('/ueber-uns');
	});
	it('refuses what is no address', () => {
		expect(normaliseLink('')).toBeNull();
		expect(normaliseLink('javascript:alert(1)')).toBeNull();
		expect(normaliseLink('hallo welt')).toBeNull();
	});
});
