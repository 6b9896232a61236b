import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from '../env.ts';
import { allowImagesFrom } from './security-headers.ts';

const SVELTEKIT_CSP =
	"default-src 'self'; script-src 'self' 'sha256-abc'; img-src 'self' data:; connect-src 'self'";

describe('map tiles in the CSP', () => {
	it('adds the tile server to img-src of HTML pages only, and nothing else', () => {
		const page = new Headers({
			'content-type': 'text/html; charset=utf-8',
			'content-security-policy': SVELTEKIT_CSP
		});
		allowImagesFrom(page, 'https://kacheln.example.org');
		expect(page.get('content-security-policy')).toBe(
			"default-src 'self'; script-src 'self' 'sha256-abc'; img-src 'self' data: https://kacheln.example.org; connect-src 'self'"
		);
		const file = new Headers({
			'content-type': 'application/pdf',
			'content-security-policy': "default-src 'none'"
		});
		allowImagesFrom(file, 'https://kacheln.example.org');
		expect(file.get('content-security-policy')).toBe("default-src 'none'");
		const odd = new Headers({
			'content-type': 'text/html',
			'content-security-policy': SVELTEKIT_CSP
		});
		allowImagesFrom(odd, "https://x.example; script-src 'unsafe-inline'");
		expect(odd.get('content-security-policy')).toBe(SVELTEKIT_CSP);
	});

	it('MAP_TILE_URL: empty by default; only an https tile address with {z}, {x} and {y}', () => {
		expect(parseEnv({}).MAP_TILE_URL).toBeUndefined();
		expect(parseEnv({}).MAP_TILE_ATTRIBUTION).toContain('OpenStreetMap');
		expect(
			parseEnv({ MAP_TILE_URL: 'https://kacheln.example.org/{z}/{x}/{y}.png' }).MAP_TILE_URL
		).toBe('https://kacheln.example.org/{z}/{x}/{y}.png');
		for (const bad of [
			'http://kacheln.example.org/{z}/{x}/{y}.png',
			'https://kacheln.example.org/tiles.png',
			'javascript:alert(1)//{z}{x}{y}'
		]) {
			expect(() => parseEnv({ MAP_TILE_URL: bad }), bad).toThrow(EnvError);
		}
	});
});
