import type { Generated } from 'kysely';

/* Row types of the partners' exchange (migration 2026-12-06T1900-pinboard). */

export type PinboardKind = 'offer' | 'request';

export type PinboardCategory =
	'rooms' | 'volunteers' | 'material' | 'money' | 'cooperation' | 'other';

export interface PinboardPostTable {
	id: string;
	alliance_id: string;
	author_id: string;
	partner_id: string | null;
	kind: PinboardKind;
	category: PinboardCategory;
	title: string;
	body: Generated<string>;
	ends_on: string;
	reply_count: Generated<number>;
	created_at: string;
}

export interface PinboardTables {
	pinboard_post: PinboardPostTable;
}
