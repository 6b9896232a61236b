import type { Generated, Selectable } from 'kysely';

/*
 * Row types of the Familienwegweiser's tables (migration 2026-12-06T1400-offers). db/schema.ts
 * assembles them into the app's Database type.
 */

export interface OfferCategoryTable {
	id: string;
	alliance_id: string;
	slug: string;
	name: string;
	description: Generated<string>;
	position: Generated<number>;
}

export type OfferCostKind = 'free' | 'amount' | 'reduced';
export type OfferStatus = 'draft' | 'published' | 'archived';

export interface OfferTable {
	id: string;
	alliance_id: string;
	slug: string;
	name: string;
	summary: Generated<string>;
	description: Generated<string>;
	partner_id: string | null;
	provider_name: Generated<string>;
	provider_url: Generated<string>;
	min_age_months: number | null;
	max_age_months: number | null;
	cost_kind: Generated<OfferCostKind>;
	cost_text: Generated<string>;
	languages: Generated<string>;
	access: Generated<string>;
	access_note: Generated<string>;
	contact_name: Generated<string>;
	email: Generated<string>;
	phone: Generated<string>;
	url: Generated<string>;
	links: Generated<string>;
	status: Generated<OfferStatus>;
	search_text: Generated<string>;
	last_checked_at: string;
	reminder_sent_at: string | null;
	confirm_token_hash: string | null;
	pending_changes: string | null;
	pending_at: string | null;
	pending_by: string | null;
	created_at: string;
	updated_at: string;
}

export interface OfferCategoryLinkTable {
	offer_id: string;
	category_id: string;
	alliance_id: string;
}

export interface OfferLocationTable {
	id: string;
	alliance_id: string;
	offer_id: string;
	name: Generated<string>;
	street: Generated<string>;
	postal_code: Generated<string>;
	city: Generated<string>;
	district: Generated<string>;
	latitude: number | null;
	longitude: number | null;
	wheelchair: Generated<number>;
	accessibility: Generated<string>;
	hours_note: Generated<string>;
	position: Generated<number>;
}

export interface OfferScheduleTable {
	id: string;
	alliance_id: string;
	location_id: string;
	/** 1 = Monday … 7 = Sunday */
	weekday: number;
	opens_at: string;
	closes_at: string;
}

export type OfferRow = Selectable<OfferTable>;
export type OfferLocationRow = Selectable<OfferLocationTable>;
export type OfferScheduleRow = Selectable<OfferScheduleTable>;

/** The address of an offer merged into another one (migration 2026-12-07T2100). */
export interface OfferRedirectTable {
	alliance_id: string;
	slug: string;
	offer_id: string;
	created_at: string;
}

/** Merged into the database type in db/schema.ts. */
export interface OfferTables {
	offer_category: OfferCategoryTable;
	offer: OfferTable;
	offer_category_link: OfferCategoryLinkTable;
	offer_location: OfferLocationTable;
	offer_schedule: OfferScheduleTable;
	offer_redirect: OfferRedirectTable;
}
