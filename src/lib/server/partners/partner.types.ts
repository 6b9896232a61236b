import type { PartnerKind } from './partner.table.ts';
import type { TopicRef } from '../topics/topic.types.ts';

/** Domain types of the partner network, as services hand them to routes. */

/**
 * What anybody may see of a partner. Built only from the public columns: internal contact
 * data and notes are never read into this type (see partner.repository.ts PUBLIC_COLUMNS).
 */
export interface PublicPartner {
	id: string;
	slug: string;
	name: string;
	kind: PartnerKind;
	descriptionHtml: string;
	contribution: string;
	logoId: string | null;
	street: string;
	postalCode: string;
	city: string;
	district: string;
	website: string;
	publicEmail: string;
	publicPhone: string;
	joinedOn: string | null;
	topics: TopicRef[];
}

/** Internal contact data: for coordinators and the partner's own contacts only. */
interface PartnerInternal {
	contactName: string;
	email: string;
	phone: string;
	/** Coordinators' notes; partner contacts do not see them */
	notes: string;
}

/** The whole record, for the coordinators' admin and the partner's own profile page. */
export interface PartnerRecord extends PublicPartner {
	internal: PartnerInternal;
	status: 'active' | 'inactive';
	createdAt: string;
	updatedAt: string;
	/** A proposed change waiting for a coordinator, if any */
	pending: PendingChange | null;
}

export interface PendingChange {
	/** The proposed profile, as the partner contact entered it */
	values: PartnerProfileValues;
	at: string;
	byUserId: string | null;
}

/** The profile fields a partner contact can change (plain text, as in the form). */
export interface PartnerProfileValues {
	name: string;
	kind: PartnerKind;
	description: string;
	contribution: string;
	street: string;
	postalCode: string;
	city: string;
	district: string;
	website: string;
	publicEmail: string;
	publicPhone: string;
	internalContactName: string;
	internalEmail: string;
	internalPhone: string;
	topics: string[];
}

export interface PartnerListItem {
	id: string;
	slug: string;
	name: string;
	kind: PartnerKind;
	district: string;
	status: 'active' | 'inactive';
	hasPending: boolean;
}

export interface PartnerContactPerson {
	id: string;
	userId: string;
	name: string;
	email: string;
	createdAt: string;
}

/** The public directory: partners after filtering, grouped A–Z, plus what the filters offer. */
export interface PartnerDirectory {
	/** The partners of this page (all of them when no page was asked for) */
	partners: PublicPartner[];
	total: number;
	page: number;
	pages: number;
	/** Per initial: how many partners, and the page its first one is on */
	letters: { letter: string; count: number; page: number }[];
	districts: string[];
	topics: TopicRef[];
}
