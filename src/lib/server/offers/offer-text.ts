/*
 * Text helpers of the Familienwegweiser: the folded text an offer is found by (lower case,
 * umlauts and ß written out, so "türkisch" and "tuerkisch" both match), and age wording.
 */

export function foldText(text: string): string {
	return text
		.toLowerCase()
		.replace(/ä/g, 'ae')
		.replace(/ö/g, 'oe')
		.replace(/ü/g, 'ue')
		.replace(/ß/g, 'ss')
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[%_\\]/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Words of a search, folded; at most 8, each at least 2 characters. */
export function searchWords(q: string): string[] {
	return [
		...new Set(
			foldText(q)
				.split(/[^a-z0-9]+/)
				.filter((w) => w.length >= 2)
		)
	].slice(0, 8);
}

/** Months → { years, months } for wording ("ab 6 Monaten", "bis 3 Jahre"). */
export function ageParts(months: number): { n: number; unit: 'months' | 'years' } {
	return months % 12 === 0 || months >= 36
		? { n: Math.floor(months / 12), unit: 'years' }
		: { n: months, unit: 'months' };
}
