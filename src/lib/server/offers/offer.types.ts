import type { OfferCostKind, OfferStatus } from './offer.table.ts';

/** Domain types of the Familienwegweiser (services map rows to these). */

export type { OfferCostKind, OfferStatus };

export const ACCESS_KINDS = ['walk_in', 'appointment', 'registration', 'referral'] as const;
export type AccessKind = (typeof ACCESS_KINDS)[number];

/** Languages offered in the forms (ISO 639-1); the UI names them in German or English. */
export const OFFER_LANGUAGES = [
	'de',
	'en',
	'tr',
	'ar',
	'ru',
	'uk',
	'pl',
	'ro',
	'bg',
	'fa',
	'ku',
	'fr',
	'es',
	'it',
	'el',
	'sq',
	'sr',
	'ti',
	'so',
	'vi',
	'dgs'
] as const;

/** One opening-hours range on a weekday (1 = Monday … 7 = Sunday), local time 'HH:MM'. */
export interface OpeningHours {
	weekday: number;
	opens: string;
	closes: string;
}

export interface OfferLocation {
	id?: string;
	name: string;
	street: string;
	postalCode: string;
	city: string;
	district: string;
	latitude: number | null;
	longitude: number | null;
	wheelchair: boolean;
	accessibility: string;
	hoursNote: string;
	hours: OpeningHours[];
}

/** What a form, the CSV import or the demo seed gives for an offer. */
export interface OfferValues {
	name: string;
	summary: string;
	description: string;
	partnerId: string | null;
	providerName: string;
	providerUrl: string;
	minAgeMonths: number | null;
	maxAgeMonths: number | null;
	costKind: OfferCostKind;
	costText: string;
	languages: string[];
	access: AccessKind[];
	accessNote: string;
	contactName: string;
	email: string;
	phone: string;
	url: string;
	links: { label: string; url: string }[];
	categoryIds: string[];
	location: OfferLocation | null;
}

export interface OfferCategory {
	id: string;
	slug: string;
	name: string;
	description: string;
	position: number;
}

interface OfferProvider {
	/** The partner's id and public slug when the provider is a partner of the alliance */
	partnerId: string | null;
	partnerSlug: string | null;
	name: string;
	url: string;
}

export interface Offer extends Omit<OfferValues, 'location'> {
	id: string;
	slug: string;
	status: OfferStatus;
	provider: OfferProvider;
	categories: OfferCategory[];
	locations: OfferLocation[];
	lastCheckedAt: string;
	updatedAt: string;
	createdAt: string;
	/** Not confirmed for 18 months: shown to families as possibly outdated */
	outdated: boolean;
	pending: { at: string; by: string | null; values: OfferValues } | null;
}

/** The filters of the public list, as read from the address (?lebenslage=…&alter=…). */
export interface OfferFilters {
	category: string;
	/** Age of the child in whole years, or null */
	age: number | null;
	free: boolean;
	district: string;
	language: string;
	wheelchair: boolean;
	/** 'jetzt' (open now) or a weekday 1–7, or '' */
	open: '' | 'jetzt' | `${number}`;
	q: string;
	page: number;
}
