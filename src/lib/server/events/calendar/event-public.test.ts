import { describe, expect, it } from 'vitest';
import { isoWithOffset, jsonForScript, mapUrl } from './event-public.ts';
import { plainFromSanitised } from '../core/event-text.ts';

describe('event detail helpers', () => {
	it('writes local times with the Berlin offset of that day', () => {
		expect(isoWithOffset('2026-12-02T09:00:00.000Z')).toBe('2026-12-02T10:00:00+01:00');
		expect(isoWithOffset('2026-07-02T08:00:00.000Z')).toBe('2026-07-02T10:00:00+02:00');
	});

	it('keeps JSON-LD from ending its script element', () => {
		const text = jsonForScript({ name: '</script><script>alert(1)</script> & \u2028' });
		expect(text).not.toMatch(/<|>|&|\u2028/);
		expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script> & \u2028' });
	});

	it('links OpenStreetMap by coordinates, else by address, else not at all', () => {
		const place = {
			placeName: 'Rathaus',
			address: 'Rathausplatz 1, 12345 Musterstadt',
			district: '',
			onlineUrl: ''
		};
		expect(mapUrl({ ...place, latitude: 51.5362, longitude: 7.2164 })).toBe(
			'https://www.openstreetmap.org/?mlat=51.53620&mlon=7.21640#map=17/51.53620/7.21640'
		);
		expect(mapUrl({ ...place, latitude: null, longitude: null })).toBe(
			'https://www.openstreetmap.org/search?query=Rathaus%2C%20Rathausplatz%201%2C%2012345%20Musterstadt'
		);
		expect(mapUrl({ ...place, address: '', latitude: null, longitude: null })).toBeNull();
	});

	it('turns sanitised rich text into plain text for feeds', () => {
		expect(
			plainFromSanitised(
				'<p>Kaffee &amp; Kuchen</p><ul><li>eins</li><li>zwei</li></ul><p>A&lt;B</p>'
			)
		).toBe('Kaffee & Kuchen\neins\nzwei\nA<B');
	});
});
