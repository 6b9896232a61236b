import type { Generated } from 'kysely';

/* Row type of uploaded files (images and documents). */

export interface FileTable {
	id: string;
	alliance_id: string;
	kind: 'image' | 'document';
	mime: string;
	size: number;
	original_name: string;
	storage_key: string;
	width: number | null;
	height: number | null;
	title: Generated<string>;
	description: Generated<string>;
	alt: Generated<string>;
	listed: Generated<number>;
	created_at: string;
	created_by: string | null;
}

/** Merged into the database type in db/schema.ts. */
export interface UploadTables {
	file: FileTable;
}
