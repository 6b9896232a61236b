import { describe, expect, it } from 'vitest';
import { filterQuery, parseFilter, searchTerms, widenAges } from './calendar-filter.ts';

describe('calendar filter in the URL', () => {
	it('reads every filter and writes it back in one canonical order', () => {
		const f = parseFilter(
			new URLSearchParams(
				'q=  Vorlesen  Bücherei &partner=stadtbuecherei&alter=3-6&alter=eltern&kostenlos=1&thema=familienzeit&stadtteil=Nordviertel&von=2026-12-01&bis=2026-12-31'
			)
		);
		expect(f).toEqual({
			topics: ['familienzeit'],
			ages: ['3-6', 'parents'],
			free: true,
			districts: ['Nordviertel'],
			partners: ['stadtbuecherei'],
			from: '2026-12-01',
			to: '2026-12-31',
			q: 'Vorlesen Bücherei'
		});
		expect(filterQuery(f)).toBe(
			'?thema=familienzeit&alter=3-6&alter=eltern&kostenlos=1&stadtteil=Nordviertel&partner=stadtbuecherei&von=2026-12-01&bis=2026-12-31&q=Vorlesen+B%C3%BCcherei'
		);
	});

	it('drops malformed values instead of failing', () => {
		const f = parseFilter(
			new URLSearchParams(
				'alter=99&thema=<script>&von=2026-02-30&bis=1899-01-01&kostenlos=vielleicht'
			)
		);
		expect(f).toMatchObject({ ages: [], topics: [], from: null, to: null, free: false });
		expect(filterQuery(f)).toBe('');
	});

	it('swaps a reversed date range', () => {
		const f = parseFilter(new URLSearchParams('von=2026-12-31&bis=2026-12-01'));
		expect([f.from, f.to]).toEqual(['2026-12-01', '2026-12-31']);
	});

	it('widens an age filter by "everyone" and splits search words', () => {
		expect(widenAges(['3-6'])).toEqual(['3-6', 'everyone']);
		expect(widenAges([])).toEqual([]);
		expect(searchTerms('Kita  FEST')).toEqual(['kita', 'fest']);
	});
});
