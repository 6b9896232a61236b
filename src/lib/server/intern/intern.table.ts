import type { Generated } from 'kysely';

/* Row types of the internal area: announcements, library and member profiles. */

export interface AnnouncementTable {
	id: string;
	alliance_id: string;
	title: string;
	body: Generated<string>;
	pinned: Generated<number>;
	created_by: string | null;
	created_at: string;
}

export interface LibraryFolderTable {
	id: string;
	alliance_id: string;
	parent_id: string | null;
	name: string;
	position: Generated<number>;
	created_at: string;
}

export interface LibraryDocumentTable {
	id: string;
	alliance_id: string;
	folder_id: string;
	file_id: string;
	title: string;
	created_by: string | null;
	created_at: string;
}

export interface MemberProfileTable {
	alliance_id: string;
	user_id: string;
	listed: Generated<number>;
	show_email: Generated<number>;
	show_phone: Generated<number>;
	phone: Generated<string>;
	about: Generated<string>;
	digest: Generated<number>;
	digest_sent_at: string | null;
	updated_at: string;
}

/** Merged into the database type in db/schema.ts. */
export interface InternTables {
	announcement: AnnouncementTable;
	library_folder: LibraryFolderTable;
	library_document: LibraryDocumentTable;
	member_profile: MemberProfileTable;
}
