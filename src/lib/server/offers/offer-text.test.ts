import { describe, expect, it } from 'vitest';
import { ageParts, foldText, searchWords } from './offer-text.ts';

describe('offer text', () => {
	it('folds umlauts so that both spellings are found', () => {
		expect(foldText('Türkisch, Größe')).toBe('tuerkisch, groesse');
		expect(searchWords('Krabbelgruppe TÜRKISCH')).toEqual(['krabbelgruppe', 'tuerkisch']);
		expect(searchWords('tuerkisch')).toEqual(['tuerkisch']);
	});

	it('drops characters that would act as LIKE wildcards', () => {
		expect(searchWords('100% _a')).toEqual(['100']);
	});

	it('words ages in months below three years unless whole years', () => {
		expect(ageParts(6)).toEqual({ n: 6, unit: 'months' });
		expect(ageParts(24)).toEqual({ n: 2, unit: 'years' });
		expect(ageParts(40)).toEqual({ n: 3, unit: 'years' });
	});
});
