import type { DB } from '../../db/db.ts';

/* SQL for what an event refers to: topics, target groups, the organiser, files. No rules here. */

export interface Relations {
	topicIds: Map<string, string[]>;
	targetGroups: Map<string, string[]>;
	attachmentIds: Map<string, string[]>;
}

export function chunks<T>(list: readonly T[], size = 500): T[][] {
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
