/** Row type of the "Machen Sie mit" texts (migration 2026-12-06T1600-involved-texts). */
interface InvolvedTextTable {
	alliance_id: string;
	key: string;
	text: string;
	updated_at: string;
}

/** Merged into the database type in db/schema.ts. */
export interface InvolvedTables {
	involved_text: InvolvedTextTable;
}
