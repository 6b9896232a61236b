import { describe, expect, it } from 'vitest';
import { formatIban, isValidBic, isValidIban, normalizeIban } from './iban.ts';

describe('IBAN', () => {
	it('accepts correct IBANs, with or without spaces and in lower case', () => {
		expect(isValidIban('DE89 3704 0044 0532 0130 00')).toBe(true);
		expect(isValidIban('de89370400440532013000')).toBe(true);
		expect(isValidIban('AT61 1904 3002 3457 3201')).toBe(true);
		expect(isValidIban('NL91ABNA0417164300')).toBe(true);
	});

	it('refuses a typo, a swap, a wrong length and garbage', () => {
		expect(isValidIban('DE89 3704 0044 0532 0130 01')).toBe(false);
		expect(isValidIban('DE89 3704 0044 0523 0130 00')).toBe(false);
		expect(isValidIban('DE89 3704 0044 0532 0130')).toBe(false);
		expect(isValidIban('hallo')).toBe(false);
		expect(isValidIban('')).toBe(false);
	});

	it('normalises and formats', () => {
		expect(normalizeIban(' de89-3704 0044 0532 0130 00 ')).toBe('DE89370400440532013000');
		expect(formatIban('DE89370400440532013000')).toBe('DE89 3704 0044 0532 0130 00');
	});
});

describe('BIC', () => {
	it('accepts 8 and 11 characters', () => {
		expect(isValidBic('COBADEFF')).toBe(true);
		expect(isValidBic('cobadeffxxx')).toBe(true);
		expect(isValidBic('COBADE')).toBe(false);
		expect(isValidBic('COBA1EFF')).toBe(false);
	});
});
