import type { Insertable, Selectable, Updateable } from 'kysely';
import type { DB } from '../../db/db.ts';
import type {
	EventHistoryTable,
	EventOverrideTable,
	EventStatus,
	EventTable
} from '../../db/schema.ts';

/* SQL for events, their relations, overrides, history and the calendar version. No rules here. */

export type EventRow = Selectable<EventTable> & {
	partner_name: string | null;
	partner_slug: string | null;
	partner_email: string | null;
};
export type OverrideRow = Selectable<EventOverrideTable>;
export type HistoryRow = Selectable<EventHistoryTable> & { user_name: string | null };

function selectEvent(db: DB, allianceId: string) {
	return db
		.selectFrom('event')
		.leftJoin('partner', 'partner.id', 'event.organiser_partner_id')
		.selectAll('event')
		.select([
			'partner.name as partner_name',
			'partner.slug as partner_slug',
			'partner.public_email as partner_email'
		])
		.where('event.alliance_id', '=', allianceId);
}

export function findEventById(
	db: DB,
	allianceId: string,
	id: string
): Promise<EventRow | undefined> {
	return selectEvent(db, allianceId).where('event.id', '=', id).executeTakeFirst();
}

export function findEventBySlug(
	db: DB,
	allianceId: string,
	slug: string
): Promise<EventRow | undefined> {
	return selectEvent(db, allianceId).where('event.slug', '=', slug).executeTakeFirst();
}

export function findEventByExternalUid(
	db: DB,
	allianceId: string,
	sourceFeedId: string,
	externalUid: string
): Promise<EventRow | undefined> {
	return selectEvent(db, allianceId)
		.where('event.source_feed_id', '=', sourceFeedId)
		.where('event.external_uid', '=', externalUid)
		.executeTakeFirst();
}

/** Events by ids (feeds, detail pages), in the given alliance only. */
export function findEventsByIds(
	db: DB,
	allianceId: string,
	ids: readonly string[]
): Promise<EventRow[]> {
	if (!ids.length) return Promise.resolve([]);
	return selectEvent(db, allianceId).where('event.id', 'in', ids).execute();
}

/** Public events whose series reaches `since` (or later): for feeds. */
export function findPublicEventsSince(
	db: DB,
	allianceId: string,
	statuses: readonly EventStatus[],
	eventIds: readonly string[] | null
): Promise<EventRow[]> {
	let q = selectEvent(db, allianceId).where('event.status', 'in', statuses);
	if (eventIds) {
		if (!eventIds.length) return Promise.resolve([]);
		q = q.where('event.id', 'in', eventIds);
	}
	return q.orderBy('event.start_utc').orderBy('event.id').execute();
}

export async function slugTaken(
	db: DB,
	allianceId: string,
	slug: string,
	exceptId?: string
): Promise<boolean> {
	let q = db
		.selectFrom('event')
		.select('id')
		.where('alliance_id', '=', allianceId)
		.where('slug', '=', slug);
	if (exceptId) q = q.where('id', '!=', exceptId);
	return !!(await q.executeTakeFirst());
}

export async function insertEvent(db: DB, row: Insertable<EventTable>): Promise<void> {
	await db.insertInto('event').values(row).execute();
}

export async function updateEventRow(
	db: DB,
	allianceId: string,
	id: string,
	changes: Updateable<EventTable>
): Promise<void> {
	await db
		.updateTable('event')
		.set(changes)
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.execute();
}

export async function deleteEventRow(db: DB, allianceId: string, id: string): Promise<number> {
	const result = await db
		.deleteFrom('event')
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.executeTakeFirst();
	return Number(result.numDeletedRows);
}

// --- relations -------------------------------------------------------------------------------

export interface Relations {
	topicIds: Map<string, string[]>;
	targetGroups: Map<string, string[]>;
	attachmentIds: Map<string, string[]>;
}

function chunks<T>(list: readonly T[], size = 500): T[][] {
	const out: T[][] = [];
	for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
	return out;
}

export async function findRelations(db: DB, eventIds: readonly string[]): Promise<Relations> {
	const rel: Relations = { topicIds: new Map(), targetGroups: new Map(), attachmentIds: new Map() };
	const push = (map: Map<string, string[]>, key: string, value: string) => {
		const list = map.get(key);
		if (list) list.push(value);
		else map.set(key, [value]);
	};
	for (const ids of chunks([...new Set(eventIds)])) {
		const [topics, groups, files] = await Promise.all([
			db
				.selectFrom('event_topic')
				.select(['event_id', 'topic_id'])
				.where('event_id', 'in', ids)
				.execute(),
			db
				.selectFrom('event_target_group')
				.select(['event_id', 'target_group'])
				.where('event_id', 'in', ids)
				.execute(),
			db
				.selectFrom('event_attachment')
				.select(['event_id', 'file_id'])
				.where('event_id', 'in', ids)
				.orderBy('position')
				.execute()
		]);
		for (const t of topics) push(rel.topicIds, t.event_id, t.topic_id);
		for (const g of groups) push(rel.targetGroups, g.event_id, g.target_group);
		for (const f of files) push(rel.attachmentIds, f.event_id, f.file_id);
	}
	return rel;
}

/** Relations of every event of the alliance (feeds over many events: one query per table). */
export async function findRelationsOfAlliance(db: DB, allianceId: string): Promise<Relations> {
	const rel: Relations = { topicIds: new Map(), targetGroups: new Map(), attachmentIds: new Map() };
	const push = (map: Map<string, string[]>, key: string, value: string) => {
		const list = map.get(key);
		if (list) list.push(value);
		else map.set(key, [value]);
	};
	const [topics, groups, files] = await Promise.all([
		db
			.selectFrom('event_topic')
			.innerJoin('event', 'event.id', 'event_topic.event_id')
			.select(['event_topic.event_id', 'event_topic.topic_id'])
			.where('event.alliance_id', '=', allianceId)
			.execute(),
		db
			.selectFrom('event_target_group')
			.innerJoin('event', 'event.id', 'event_target_group.event_id')
			.select(['event_target_group.event_id', 'event_target_group.target_group'])
			.where('event.alliance_id', '=', allianceId)
			.execute(),
		db
			.selectFrom('event_attachment')
			.innerJoin('event', 'event.id', 'event_attachment.event_id')
			.select(['event_attachment.event_id', 'event_attachment.file_id'])
			.where('event.alliance_id', '=', allianceId)
			.orderBy('event_attachment.position')
			.execute()
	]);
	for (const t of topics) push(rel.topicIds, t.event_id, t.topic_id);
	for (const g of groups) push(rel.targetGroups, g.event_id, g.target_group);
	for (const f of files) push(rel.attachmentIds, f.event_id, f.file_id);
	return rel;
}

/** Topic names of every event of the alliance. */
export async function findTopicNamesOfAlliance(
	db: DB,
	allianceId: string
): Promise<Map<string, { slug: string; name: string }[]>> {
	const rows = await db
		.selectFrom('event_topic')
		.innerJoin('topic', 'topic.id', 'event_topic.topic_id')
		.select(['event_topic.event_id', 'topic.slug', 'topic.name'])
		.where('topic.alliance_id', '=', allianceId)
		.orderBy('topic.position')
		.execute();
	const out = new Map<string, { slug: string; name: string }[]>();
	for (const r of rows) {
		const list = out.get(r.event_id) ?? [];
		list.push({ slug: r.slug, name: r.name });
		out.set(r.event_id, list);
	}
	return out;
}

/** Topic slugs and names per event (feeds: CATEGORIES). */
export async function findTopicNames(
	db: DB,
	eventIds: readonly string[]
): Promise<Map<string, { slug: string; name: string }[]>> {
	const out = new Map<string, { slug: string; name: string }[]>();
	for (const ids of chunks([...new Set(eventIds)])) {
		const rows = await db
			.selectFrom('event_topic')
			.innerJoin('topic', 'topic.id', 'event_topic.topic_id')
			.select(['event_topic.event_id', 'topic.slug', 'topic.name'])
			.where('event_topic.event_id', 'in', ids)
			.orderBy('topic.position')
			.execute();
		for (const r of rows) {
			const list = out.get(r.event_id) ?? [];
			list.push({ slug: r.slug, name: r.name });
			out.set(r.event_id, list);
		}
	}
	return out;
}

export async function replaceRelations(
	db: DB,
	eventId: string,
	rel: {
		topicIds: readonly string[];
		targetGroups: readonly string[];
		attachmentIds: readonly string[];
	}
): Promise<void> {
	await db.deleteFrom('event_topic').where('event_id', '=', eventId).execute();
	await db.deleteFrom('event_target_group').where('event_id', '=', eventId).execute();
	await db.deleteFrom('event_attachment').where('event_id', '=', eventId).execute();
	if (rel.topicIds.length) {
		await db
			.insertInto('event_topic')
			.values(rel.topicIds.map((topic_id) => ({ event_id: eventId, topic_id })))
			.execute();
	}
	if (rel.targetGroups.length) {
		await db
			.insertInto('event_target_group')
			.values(rel.targetGroups.map((target_group) => ({ event_id: eventId, target_group })))
			.execute();
	}
	if (rel.attachmentIds.length) {
		await db
			.insertInto('event_attachment')
			.values(
				rel.attachmentIds.map((file_id, position) => ({ event_id: eventId, file_id, position }))
			)
			.execute();
	}
}

/** A partner of the alliance by id (the organiser's name). */
export function findPartnerName(db: DB, allianceId: string, id: string) {
	return db
		.selectFrom('partner')
		.select(['id', 'name', 'slug'])
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.executeTakeFirst();
}

/** Every partner of the alliance (organiser choice of the event form). */
export function findPartnerChoices(db: DB, allianceId: string) {
	return db
		.selectFrom('partner')
		.select(['id', 'name'])
		.where('alliance_id', '=', allianceId)
		.orderBy('name')
		.execute();
}

/** Title, name, size and type of files of the alliance (attachments list). */
export function findFilesMeta(db: DB, allianceId: string, ids: readonly string[]) {
	if (!ids.length) return Promise.resolve([]);
	return db
		.selectFrom('file')
		.select(['id', 'title', 'original_name', 'size', 'mime'])
		.where('alliance_id', '=', allianceId)
		.where('id', 'in', ids)
		.execute();
}

// --- overrides -------------------------------------------------------------------------------

export function findOverrides(db: DB, allianceId: string, eventId: string): Promise<OverrideRow[]> {
	return db
		.selectFrom('event_override')
		.selectAll()
		.where('alliance_id', '=', allianceId)
		.where('event_id', '=', eventId)
		.orderBy('recurrence_id')
		.execute();
}

export async function findOverridesFor(
	db: DB,
	allianceId: string,
	eventIds: readonly string[]
): Promise<OverrideRow[]> {
	const out: OverrideRow[] = [];
	for (const ids of chunks([...new Set(eventIds)])) {
		out.push(
			...(await db
				.selectFrom('event_override')
				.selectAll()
				.where('alliance_id', '=', allianceId)
				.where('event_id', 'in', ids)
				.orderBy('recurrence_id')
				.execute())
		);
	}
	return out;
}

export async function upsertOverride(db: DB, row: Insertable<EventOverrideTable>): Promise<void> {
	const {
		id: _id,
		created_at: _created,
		alliance_id: _a,
		event_id: _e,
		recurrence_id: _r,
		...changes
	} = row;
	await db
		.insertInto('event_override')
		.values(row)
		.onConflict((oc) => oc.columns(['event_id', 'recurrence_id']).doUpdateSet(changes))
		.execute();
}

export async function deleteOverride(
	db: DB,
	allianceId: string,
	eventId: string,
	recurrenceId: string
): Promise<number> {
	const result = await db
		.deleteFrom('event_override')
		.where('alliance_id', '=', allianceId)
		.where('event_id', '=', eventId)
		.where('recurrence_id', '=', recurrenceId)
		.executeTakeFirst();
	return Number(result.numDeletedRows);
}

export async function deleteOverridesById(db: DB, ids: readonly string[]): Promise<void> {
	if (!ids.length) return;
	await db.deleteFrom('event_override').where('id', 'in', ids).execute();
}

// --- history and calendar version ------------------------------------------------------------

export async function insertHistory(db: DB, row: Insertable<EventHistoryTable>): Promise<void> {
	await db.insertInto('event_history').values(row).execute();
}

export function findHistory(
	db: DB,
	allianceId: string,
	eventId: string,
	limit = 100
): Promise<HistoryRow[]> {
	return db
		.selectFrom('event_history')
		.leftJoin('user', 'user.id', 'event_history.user_id')
		.selectAll('event_history')
		.select('user.name as user_name')
		.where('event_history.alliance_id', '=', allianceId)
		.where('event_history.event_id', '=', eventId)
		.orderBy('event_history.created_at', 'desc')
		.orderBy('event_history.id')
		.limit(limit)
		.execute();
}

/** Raises the alliance's calendar version (feeds' validators) and notes when. */
export async function bumpCalendarState(db: DB, allianceId: string, now: string): Promise<void> {
	await db
		.insertInto('calendar_state')
		.values({ alliance_id: allianceId, version: 1, changed_at: now })
		.onConflict((oc) =>
			oc.column('alliance_id').doUpdateSet((eb) => ({
				version: eb('calendar_state.version', '+', 1),
				changed_at: now
			}))
		)
		.execute();
}

export function findCalendarState(db: DB, allianceId: string) {
	return db
		.selectFrom('calendar_state')
		.select(['version', 'changed_at'])
		.where('alliance_id', '=', allianceId)
		.executeTakeFirst();
}

// --- admin list ------------------------------------------------------------------------------

export interface AdminListQuery {
	status: EventStatus | null;
	/** lower-case words, all must occur */
	terms: string[];
	limit: number;
	offset: number;
}

function likePattern(term: string): string {
	return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export { likePattern };

function adminWhere(db: DB, allianceId: string, query: AdminListQuery) {
	let q = db
		.selectFrom('event')
		.leftJoin('partner', 'partner.id', 'event.organiser_partner_id')
		.where('event.alliance_id', '=', allianceId);
	if (query.status) q = q.where('event.status', '=', query.status);
	for (const term of query.terms) {
		q = q.where((eb) => eb('event.search_text', 'like', likePattern(term)));
	}
	return q;
}

export function findEventsForAdmin(db: DB, allianceId: string, query: AdminListQuery) {
	return adminWhere(db, allianceId, query)
		.select([
			'event.id',
			'event.slug',
			'event.title',
			'event.status',
			'event.start_utc',
			'event.end_utc',
			'event.all_day',
			'event.rrule',
			'event.updated_at',
			'event.source',
			'partner.name as partner_name',
			'event.organiser_name'
		])
		.orderBy('event.start_utc', 'desc')
		.orderBy('event.id')
		.limit(query.limit)
		.offset(query.offset)
		.execute();
}

export async function countEventsForAdmin(db: DB, allianceId: string, query: AdminListQuery) {
	const row = await adminWhere(db, allianceId, query)
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.executeTakeFirst();
	return Number(row?.n ?? 0);
}

export async function countEventsByStatus(db: DB, allianceId: string) {
	const rows = await db
		.selectFrom('event')
		.select(['status', (eb) => eb.fn.countAll<number>().as('n')])
		.where('alliance_id', '=', allianceId)
		.groupBy('status')
		.execute();
	return new Map(rows.map((r) => [r.status, Number(r.n)]));
}
