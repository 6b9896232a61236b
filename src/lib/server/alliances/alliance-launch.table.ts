/*
 * Columns of the alliance row added by migration 2026-12-06T1300-alliance-launch (module
 * augmentation, so that db/schema.ts stays as it landed).
 */
declare module '../db/schema.ts' {
	interface AllianceTable {
		/** When the site went public; null while visitors see the holding page */
		live_since: string | null;
		/** When a coordinator confirmed the privacy policy (go-live checklist) */
		privacy_reviewed_at: string | null;
	}
}

export {};
