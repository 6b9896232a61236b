import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './return-path.ts';

describe('safeReturnPath', () => {
	it('keeps local paths with query and hash', () => {
		expect(safeReturnPath('/admin/seiten?x=1#y', '/admin')).toBe('/admin/seiten?x=1#y');
		expect(safeReturnPath('/b/herne/admin', '/admin')).toBe('/b/herne/admin');
	});

	it('refuses everything that could lead to another site', () => {
		for (const bad of [
			'https://evil.example/',
			'//evil.example/x',
			'/\\evil.example',
			'\\\\evil.example',
			'javascript:alert(1)',
			'admin',
			'/\tevil',
			'',
			null,
			undefined,
			42
		]) {
			expect(safeReturnPath(bad, '/admin')).toBe('/admin');
		}
	});
});
