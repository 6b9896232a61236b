import { describe, expect, it } from 'vitest';
import { encode } from 'uqr';
import { epcPayload, formatIban, giroCodeSvg, isValidIban } from './girocode.ts';

const bank = {
	holder: 'Förderverein Familie Musterstadt e. V.',
	iban: 'DE02 1203 0000 0000 2020 51',
	bic: 'BYLADEM1001',
	bank: 'Beispielbank',
	purpose: 'Spende Bündnis für Familie'
};

describe('GiroCode', () => {
	it('checks IBANs', () => {
		expect(isValidIban('DE02120300000000202051')).toBe(true);
		expect(isValidIban('DE02120300000000202052')).toBe(false);
		expect(isValidIban('kein iban')).toBe(false);
		expect(formatIban('de02120300000000202051')).toBe('DE02 1203 0000 0000 2020 51');
	});

	it('builds the EPC payload (version 002, UTF-8, SEPA credit transfer)', () => {
		expect(epcPayload(bank)).toBe(
			[
				'BCD',
				'002',
				'1',
				'SCT',
				'BYLADEM1001',
				'Förderverein Familie Musterstadt e. V.',
				'DE02120300000000202051',
				'',
				'',
				'',
				'Spende Bündnis für Familie'
			].join('\n')
		);
		expect(epcPayload(bank, 25)).toContain('\nEUR25.00\n');
		expect(epcPayload({ ...bank, iban: 'DE00' })).toBeNull();
		expect(epcPayload({ ...bank, holder: ' ' })).toBeNull();
	});

	it('renders an SVG QR code with error correction M', () => {
		const svg = giroCodeSvg(bank);
		expect(svg).toMatch(/^<svg[\s\S]*<\/svg>$/);
		expect(svg).not.toMatch(/<script/i);
		const bytes = Array.from(new TextEncoder().encode(epcPayload(bank)!));
		const qr = encode(bytes, { ecc: 'M' });
		expect(qr.version).toBeLessThanOrEqual(13);
	});
});
