import { describe, expect, it } from 'vitest';
import { fold, queryTerms, terms } from './terms.ts';

describe('search terms', () => {
	it('meets German word forms at one stem', () => {
		expect(terms('Familien')).toBe(terms('Familie'));
		expect(terms('Beratungen')).toBe(terms('Beratung'));
		expect(terms('Krabbelgruppen')).toBe(terms('Krabbelgruppe'));
		expect(terms('Angebote')).toBe(terms('Angebot'));
		expect(terms('Kinder')).toBe(terms('Kind'));
	});

	it('treats umlauts, their transliteration and ß alike', () => {
		expect(terms('Mütter')).toBe(terms('Muetter'));
		expect(terms('Straße')).toBe(terms('Strasse'));
		expect(terms('türkisch')).toBe(terms('tuerkisch'));
		expect(terms('Öffnungszeiten')).toBe(terms('Oeffnungszeiten'));
		expect(fold('Élan Ärger')).toBe('elan arger');
	});

	it('leaves out words that say nothing', () => {
		expect(queryTerms('Hilfe bei der Pflege meiner Mutter')).toEqual(
			queryTerms('Hilfe Pflege Mutter')
		);
		expect(queryTerms('   ')).toEqual([]);
		expect(queryTerms('der die das')).toEqual([]);
	});

	it('bounds what a query can ask for', () => {
		const long = Array.from({ length: 30 }, (_, i) => `wort${i}`).join(' ');
		expect(queryTerms(long)).toHaveLength(8);
		expect(queryTerms('a'.repeat(500))[0]!.length).toBeLessThanOrEqual(40);
		// Only letters and digits reach the database: no FTS or tsquery syntax.
		expect(queryTerms('"x" OR y* AND (z) -w NEAR:1 & | ! :*')).toEqual(['near']);
	});
});
