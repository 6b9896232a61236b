import { describe, expect, it } from 'vitest';
import { jsonForScript, postalAddress } from './structured-data.ts';

describe('postalAddress', () => {
	it('reads a German address written on one line', () => {
		expect(postalAddress('Lindenstraße 4, 12345 Musterstadt')).toEqual({
			'@type': 'PostalAddress',
			streetAddress: 'Lindenstraße 4',
			postalCode: '12345',
			addressLocality: 'Musterstadt',
			addressCountry: 'DE'
		});
		expect(postalAddress('Rathaus, Markt 1\nD-12345 Musterstadt')).toMatchObject({
			streetAddress: 'Rathaus, Markt 1',
			postalCode: '12345',
			addressLocality: 'Musterstadt'
		});
	});

	it('takes the town from the last part or from the alliance, never invents a postcode', () => {
		expect(postalAddress('Hafenweg 3, Musterstadt')).toEqual({
			'@type': 'PostalAddress',
			streetAddress: 'Hafenweg 3',
			addressLocality: 'Musterstadt',
			addressCountry: 'DE'
		});
		expect(postalAddress('Parkweg 2', 'Musterstadt')).toMatchObject({
			streetAddress: 'Parkweg 2',
			addressLocality: 'Musterstadt'
		});
		expect(postalAddress('  ')).toBeUndefined();
	});

	it('keeps JSON-LD from ending its script element', () => {
		const text = jsonForScript({ name: '</script><script>alert(1)</script> & \u2028' });
		expect(text).not.toMatch(/<|>|&|\u2028/);
		expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script> & \u2028' });
	});
});
