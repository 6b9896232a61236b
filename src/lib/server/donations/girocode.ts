import { renderSVG } from 'uqr';
import type { BankDetails } from '../alliances/alliance.types.ts';

/*
 * GiroCode (EPC QR code, EPC069-12 version 002): banking apps read holder, IBAN and purpose
 * from it, so a donor does not type them. Rendered as SVG on the server: no script, no request
 * to anybody else. See docs/decisions/011-girocode.md.
 */

/** IBAN without spaces, upper case. */
function normaliseIban(iban: string): string {
	return iban.replace(/\s+/g, '').toUpperCase();
}

/** ISO 13616 check (mod 97 = 1). */
export function isValidIban(iban: string): boolean {
	const value = normaliseIban(iban);
	if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(value)) return false;
	const rearranged = value.slice(4) + value.slice(0, 4);
	let rest = 0;
	for (const ch of rearranged) {
		const digits = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
		for (const d of digits) rest = (rest * 10 + Number(d)) % 97;
	}
	return rest === 1;
}

/** "DE02120300000000202051" → "DE02 1203 0000 0000 2020 51" */
export function formatIban(iban: string): string {
	return normaliseIban(iban)
		.replace(/(.{4})/g, '$1 ')
		.trim();
}

/** The EPC payload; null when the bank details are not enough for a valid code. */
export function epcPayload(bank: BankDetails, amountEuro?: number): string | null {
	const iban = normaliseIban(bank.iban);
	const holder = bank.holder.trim().slice(0, 70);
	if (!holder || !isValidIban(iban)) return null;
	const bic = bank.bic.replace(/\s+/g, '').toUpperCase();
	const amount =
		amountEuro && amountEuro >= 0.01 && amountEuro <= 999999999.99
			? `EUR${amountEuro.toFixed(2)}`
			: '';
	const lines = [
		'BCD',
		'002',
		'1', // UTF-8
		'SCT',
		/^[A-Z0-9]{8}([A-Z0-9]{3})?$/.test(bic) ? bic : '',
		holder,
		iban,
		amount,
		'', // purpose code
		'', // structured reference
		bank.purpose.trim().slice(0, 140)
	];
	while (lines.length && lines[lines.length - 1] === '') lines.pop();
	return lines.join('\n');
}

/** The GiroCode as an SVG string (UTF-8 bytes, error correction M as the standard asks). */
export function giroCodeSvg(bank: BankDetails, amountEuro?: number): string | null {
	const payload = epcPayload(bank, amountEuro);
	if (!payload) return null;
	const bytes = Array.from(new TextEncoder().encode(payload));
	return renderSVG(bytes, { ecc: 'M', border: 2, pixelSize: 6 });
}
