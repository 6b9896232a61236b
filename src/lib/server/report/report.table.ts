import type { Generated } from 'kysely';

/* Row types of the annual report's texts (migration 2026-12-06T2200-report-text). */

export interface ReportTextTable {
	alliance_id: string;
	year: number;
	foreword: Generated<string>;
	highlights: Generated<string>;
	outlook: Generated<string>;
	/** JSON array of upload ids */
	photo_ids: Generated<string>;
	/** JSON array of survey ids */
	survey_ids: Generated<string>;
	published: Generated<number>;
	created_at: string;
	updated_at: string;
}

export interface ReportTables {
	report_text: ReportTextTable;
}
