/** Row type of the "Machen Sie mit" texts (migration 2026-12-06T1600-involved-texts). */
interface InvolvedTextTable {
	alliance_id: string;
	key: string;
	text: string;
	updated_at: string;
}

declare module '../db/schema.ts' {
	interface Database {
		involved_text: InvolvedTextTable;
	}
}
