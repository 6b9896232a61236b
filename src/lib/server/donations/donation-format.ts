import type { DonationPurpose } from './donation.service.ts';

/** Cents → "1.500,50 €" (German) or "€1,500.50" (English). */
export function euros(cents: number, locale: string): string {
	return new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'de-DE', {
		style: 'currency',
		currency: 'EUR',
		maximumFractionDigits: cents % 100 ? 2 : 0
	}).format(cents / 100);
}

/** A purpose as the admin form shows it: amounts as typed German euro figures. */
export function purposeFormValues(p: DonationPurpose) {
	const plain = (cents: number | null) =>
		cents === null ? '' : (cents / 100).toFixed(cents % 100 ? 2 : 0).replace('.', ',');
	return {
		title: p.title,
		body: p.body,
		goal: plain(p.goalCents),
		raised: plain(p.raisedCents),
		remittance: p.remittance,
		thanks: p.thanks,
		position: p.position,
		published: p.published
	};
}
