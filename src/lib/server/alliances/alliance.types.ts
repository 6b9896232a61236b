/** Domain types of an alliance (the tenant), as services hand them to routes. */

export interface SocialLink {
	label: string;
	url: string;
}

export interface Imprint {
	/** Legal body responsible for the site (e.g. the town or a registered association). */
	provider: string;
	representative: string;
	address: string;
	email: string;
	phone: string;
	/** Register entry, VAT id etc. – free text */
	register: string;
	/** Person responsible for content (§ 18 Abs. 2 MStV) */
	responsible: string;
}

export interface BankDetails {
	holder: string;
	iban: string;
	bic: string;
	bank: string;
	purpose: string;
}

export interface Alliance {
	id: string;
	slug: string;
	name: string;
	shortName: string;
	town: string;
	domain: string | null;
	motto: string;
	mottoSource: string;
	welcomeHtml: string;
	foundingYear: number | null;
	patron: { name: string; role: string; text: string; photoId: string | null };
	logoId: string | null;
	colors: { primary: string; accent: string };
	contact: { email: string; phone: string; address: string };
	socialLinks: SocialLink[];
	imprint: Imprint;
	bank: BankDetails;
	contentVersion: number;
	/** Public since (ISO instant); null while visitors see the holding page */
	liveSince: string | null;
	/** When a coordinator confirmed the privacy policy */
	privacyReviewedAt: string | null;
}
