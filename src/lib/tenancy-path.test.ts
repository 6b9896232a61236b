import { describe, expect, it } from 'vitest';
import { splitPrefix } from './tenancy-path.ts';

describe('alliance path prefix', () => {
	it('splits /b/<slug> from the rest of the path', () => {
		expect(splitPrefix('/b/musterstadt/termine/2026')).toEqual({
			slug: 'musterstadt',
			rest: '/termine/2026'
		});
		expect(splitPrefix('/b/musterstadt')).toEqual({ slug: 'musterstadt', rest: '/' });
		expect(splitPrefix('/termine')).toEqual({ slug: null, rest: '/termine' });
		expect(splitPrefix('/b/')).toEqual({ slug: null, rest: '/b/' });
		expect(splitPrefix('/b/Gross')).toEqual({ slug: null, rest: '/b/Gross' });
	});
});
