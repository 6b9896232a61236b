import type { Generated } from 'kysely';
import type { AuthTime } from '../auth/auth.table.ts';

/* Row type of the alliance (Better Auth's organization, with our columns). */

export interface AllianceTable {
	id: string;
	name: string;
	slug: string;
	logo_url: string | null;
	created_at: AuthTime;
	metadata: string | null;
	domain: string | null;
	short_name: Generated<string>;
	town: Generated<string>;
	motto: Generated<string>;
	motto_source: Generated<string>;
	welcome_html: Generated<string>;
	founding_year: number | null;
	patron_name: Generated<string>;
	patron_role: Generated<string>;
	patron_text: Generated<string>;
	patron_photo_id: string | null;
	logo_id: string | null;
	color_primary: Generated<string>;
	color_accent: Generated<string>;
	contact_email: Generated<string>;
	contact_phone: Generated<string>;
	contact_address: Generated<string>;
	/** JSON: [{ label, url }] */
	social_links: Generated<string>;
	/** JSON: imprint data, see alliance.schema.ts */
	imprint: Generated<string>;
	/** JSON: { holder, iban, bic, bank, purpose } */
	bank: Generated<string>;
	content_version: Generated<number>;
	updated_at: Generated<string>;
	/* Added by migration 2026-12-06T1300-alliance-launch: */
	/** When the site went public; null while visitors see the holding page */
	live_since: string | null;
	/** When a coordinator confirmed the privacy policy (go-live checklist) */
	privacy_reviewed_at: string | null;
}

/** Merged into the database type in db/schema.ts. */
export interface AllianceTables {
	alliance: AllianceTable;
}
