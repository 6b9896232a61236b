import { describe, expect, it } from 'vitest';
import { staticMap, tileOrigin, worldPixel } from './offer-map.ts';

const settings = { tileUrl: 'https://kacheln.example.org/{z}/{x}/{y}.png', attribution: '© OSM' };

describe('static maps', () => {
	it('knows the tile of a place (Web Mercator, as every tile server)', () => {
		// Slippy map tile names: x = ⌊(lon + 180) / 360 · 2^z⌋, y = ⌊(1 − asinh(tan φ) / π) / 2 · 2^z⌋
		// give 34587/21180 for Hamburg's town hall at zoom 16; the corner of the world is 0/0.
		const p = worldPixel(53.5503, 9.9927, 16);
		expect([Math.floor(p.x / 256), Math.floor(p.y / 256)]).toEqual([34587, 21180]);
		const corner = worldPixel(85.05112878, -180, 3);
		expect(Math.abs(corner.x) + Math.abs(corner.y)).toBeLessThan(0.01);
	});

	it('centres one place, close up, and covers the frame with tiles', () => {
		const map = staticMap(settings, [{ latitude: 53.5503, longitude: 9.9927, label: 'Rathaus' }])!;
		expect(map.pins).toEqual([{ dx: 0, dy: 0, label: 'Rathaus' }]);
		expect(map.tiles.every((t) => t.src.startsWith('https://kacheln.example.org/16/'))).toBe(true);
		// Every pixel of the 640 × 280 frame lies in some tile.
		const corners: [number, number][] = [
			[-320, -140],
			[319, 139],
			[0, 0]
		];
		for (const [x, y] of corners) {
			expect(
				map.tiles.some((t) => x >= t.dx && x < t.dx + 256 && y >= t.dy && y < t.dy + 256)
			).toBe(true);
		}
		expect(map.attribution).toBe('© OSM');
	});

	it('zooms out until every place fits, and shows nothing without a tile server', () => {
		const points = [
			{ latitude: 53.55, longitude: 9.99, label: 'A' },
			{ latitude: 53.6, longitude: 10.1, label: 'B' }
		];
		const map = staticMap(settings, points)!;
		for (const pin of map.pins) {
			expect(Math.abs(pin.dx)).toBeLessThanOrEqual(320 - 28);
			expect(Math.abs(pin.dy)).toBeLessThanOrEqual(140 - 28);
		}
		expect(map.tiles[0]!.src).toMatch(/^https:\/\/kacheln\.example\.org\/1[0-3]\//);
		expect(staticMap({ tileUrl: undefined, attribution: '' }, points)).toBeNull();
		expect(staticMap(settings, [])).toBeNull();
		expect(tileOrigin(settings.tileUrl)).toBe('https://kacheln.example.org');
		expect(tileOrigin(undefined)).toBeNull();
	});
});
