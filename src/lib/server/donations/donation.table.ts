import type { Generated } from 'kysely';

/* Row types of donation purposes (migration 2026-12-06T1910-donation-purposes). */

export interface DonationPurposeTable {
	id: string;
	alliance_id: string;
	title: string;
	body: Generated<string>;
	goal_cents: number | null;
	raised_cents: number | null;
	remittance: string;
	thanks: Generated<string>;
	position: Generated<number>;
	published: Generated<number>;
	created_at: string;
	updated_at: string;
}

export interface DonationTables {
	donation_purpose: DonationPurposeTable;
}
