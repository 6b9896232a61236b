import type { ServiceContext } from '../context.ts';
import * as repo from './topic.repository.ts';
import type { TopicRef } from './topic.types.ts';

/** A focus topic (Schwerpunktthema) of an alliance, as services hand it out. */
export interface Topic {
	id: string;
	slug: string;
	name: string;
	summary: string;
	descriptionHtml: string;
	position: number;
}

/**
 * The five focus topics of the federal programme "Lokale Bündnisse für Familie". A new alliance
 * starts with them; coordinators may rename, describe or add topics later.
 */
export const DEFAULT_TOPICS: readonly { slug: string; name: string; summary: string }[] = [
	{
		slug: 'vereinbarkeit',
		name: 'Vereinbarkeit von Familie, Beruf und Pflege',
		summary:
			'Familienfreundliche Arbeitszeiten, Unterstützung für berufstätige Eltern und für Menschen, die Angehörige pflegen.'
	},
	{
		slug: 'teilhabe',
		name: 'Teilhabe von Familien',
		summary:
			'Alle Familien sollen mitmachen können – unabhängig von Einkommen, Herkunft, Sprache oder Behinderung.'
	},
	{
		slug: 'kinderbetreuung',
		name: 'Gute Kinderbetreuung',
		summary: 'Verlässliche, gute Betreuung in Kita, Tagespflege, Schule und in den Ferien.'
	},
	{
		slug: 'familienzeit',
		name: 'Familienzeit',
		summary: 'Zeit füreinander: Angebote für Freizeit, Erholung und gemeinsame Erlebnisse.'
	},
	{
		slug: 'oeffentlichkeitsarbeit',
		name: 'Öffentlichkeitsarbeit',
		summary: 'Familienfreundlichkeit sichtbar machen und möglichst viele Menschen erreichen.'
	}
];

function toTopic(row: repo.TopicRow): Topic {
	return {
		id: row.id,
		slug: row.slug,
		name: row.name,
		summary: row.summary,
		descriptionHtml: row.description_html,
		position: row.position
	};
}

/** The alliance's topics in the coordinators' order. */
export async function listTopics(
	ctx: Pick<ServiceContext, 'db'>,
	allianceId: string
): Promise<Topic[]> {
	return (await repo.findTopics(ctx.db, allianceId)).map(toTopic);
}

/** The alliance's topics as tags (id, slug, name) for forms and lists, in the same order. */
export async function listTopicRefs(
	ctx: Pick<ServiceContext, 'db'>,
	allianceId: string
): Promise<TopicRef[]> {
	return repo.findTopicRefs(ctx.db, allianceId);
}

/**
 * Gives an alliance the five default focus topics when it has no topic yet; otherwise changes
 * nothing. Safe to call from several seeds (calendar, partners) and concurrently.
 * Returns the alliance's topics afterwards.
 */
export async function ensureDefaultTopics(
	ctx: Pick<ServiceContext, 'db'>,
	allianceId: string
): Promise<Topic[]> {
	if ((await repo.countTopics(ctx.db, allianceId)) === 0) {
		const now = new Date().toISOString();
		await repo.insertTopicsIfAbsent(
			ctx.db,
			DEFAULT_TOPICS.map((topic, index) => ({
				id: crypto.randomUUID(),
				alliance_id: allianceId,
				slug: topic.slug,
				name: topic.name,
				summary: topic.summary,
				position: index,
				created_at: now,
				updated_at: now
			}))
		);
	}
	return listTopics(ctx, allianceId);
}
