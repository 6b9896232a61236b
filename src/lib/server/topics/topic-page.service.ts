import type { ServiceContext } from '../context.ts';
import { EMPTY_FILTER } from '../events/calendar/calendar-filter.ts';
import { upcoming } from '../events/calendar/calendar.service.ts';
import { partnerDirectory } from '../partners/partner-directory.service.ts';
import { projectsOfTopic } from '../projects/project-public.service.ts';
import { listGroups } from '../working-groups/working-group.service.ts';
import { listTopics, type Topic } from './topic.service.ts';

/**
 * A topic's public page gathers, without any extra work by coordinators, everything tagged
 * with it: upcoming events, projects, working groups and partners.
 */
export async function topicPage(ctx: Pick<ServiceContext, 'db'>, allianceId: string, slug: string) {
	const topics = await listTopics(ctx, allianceId);
	const topic: Topic | undefined = topics.find((t) => t.slug === slug);
	if (!topic) return null;
	const [events, projects, groups, directory] = await Promise.all([
		upcoming(ctx, allianceId, { ...EMPTY_FILTER, topics: [topic.slug] }, { pageSize: 6 }),
		projectsOfTopic(ctx, allianceId, topic.id),
		listGroups(ctx, allianceId, { topicId: topic.id }),
		partnerDirectory(ctx, allianceId, { kind: '', topic: topic.slug, district: '', q: '' })
	]);
	return {
		topic,
		events: events.items.flatMap((day) =>
			day.items.map((o) => ({
				id: `${o.eventId}-${o.recurrenceId}`,
				title: o.title,
				start: o.start,
				allDay: o.allDay,
				cancelled: o.cancelled,
				path: o.path
			}))
		),
		projects,
		groups: groups.filter((g) => g.status === 'active'),
		partners: directory.partners.map((p) => ({
			id: p.id,
			slug: p.slug,
			name: p.name,
			kind: p.kind
		}))
	};
}
