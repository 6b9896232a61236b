/**
 * IBAN and BIC checks for the donation account (ISO 13616: length per country and the mod-97
 * check digits, which catch every single typo and almost every swap of two characters).
 */

/** IBAN lengths of the SEPA countries (a donation account is almost always one of them). */
const SEPA_LENGTHS: Record<string, number> = {
	AD: 24,
	AT: 20,
	BE: 16,
	BG: 22,
	CH: 21,
	CY: 28,
	CZ: 24,
	DE: 22,
	DK: 18,
	EE: 20,
	ES: 24,
	FI: 18,
	FR: 27,
	GB: 22,
	GI: 23,
	GR: 27,
	HR: 21,
	HU: 28,
	IE: 22,
	IS: 26,
	IT: 27,
	LI: 21,
	LT: 20,
	LU: 20,
	LV: 21,
	MC: 27,
	MT: 31,
	NL: 18,
	NO: 15,
	PL: 28,
	PT: 25,
	RO: 24,
	SE: 24,
	SI: 19,
	SK: 24,
	SM: 27,
	VA: 22
};

/** Without spaces, upper case: "de89 3704 0044 0532 0130 00" → "DE89370400440532013000". */
export function normalizeIban(value: string): string {
	return value.replace(/[\s-]+/g, '').toUpperCase();
}

function mod97(digits: string): number {
	let rest = 0;
	for (const char of digits) rest = (rest * 10 + Number(char)) % 97;
	return rest;
}

export function isValidIban(value: string): boolean {
	const iban = normalizeIban(value);
	if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
	const expected = SEPA_LENGTHS[iban.slice(0, 2)];
	if (expected !== undefined && iban.length !== expected) return false;
	const rearranged = iban.slice(4) + iban.slice(0, 4);
	const digits = rearranged.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
	return mod97(digits) === 1;
}

/** In groups of four, as printed on paper: "DE89 3704 0044 0532 0130 00". */
export function formatIban(value: string): string {
	return normalizeIban(value).replace(/(.{4})(?=.)/g, '$1 ');
}

export function normalizeBic(value: string): string {
	return value.replace(/\s+/g, '').toUpperCase();
}

export function isValidBic(value: string): boolean {
	return /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(normalizeBic(value));
}
