import { describe, expect, it } from 'vitest';
import { allianceBaseUrl } from './public-url.ts';

describe('the public base URL of an alliance', () => {
	const pub = 'https://buendnis.example/';
	it('is the own domain (https) when the alliance has one, however it was addressed', () => {
		const a = { domain: 'Familie-Herne.example', slug: 'herne' };
		expect(allianceBaseUrl(pub, a, '')).toBe('https://familie-herne.example');
		expect(allianceBaseUrl(pub, a, '/b/herne')).toBe('https://familie-herne.example');
	});
	it('is PUBLIC_URL plus the prefix otherwise; without a request always with the prefix', () => {
		const a = { domain: null, slug: 'herne' };
		expect(allianceBaseUrl(pub, a, '/b/herne')).toBe('https://buendnis.example/b/herne');
		expect(allianceBaseUrl(pub, a, '')).toBe('https://buendnis.example');
		expect(allianceBaseUrl(pub, a)).toBe('https://buendnis.example/b/herne');
		expect(allianceBaseUrl(pub, null, '/b/unbekannt')).toBe('https://buendnis.example');
	});
});
