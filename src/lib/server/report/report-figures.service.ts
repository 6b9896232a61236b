import { concernYearFigures, type ConcernYearStats } from '../concerns/concern-stats.service.ts';
import type { ServiceContext } from '../context.ts';
import { localToUtcIso } from '../events/core/time-zone.ts';
import * as repo from './report.repository.ts';

/*
 * The figures of the annual report, counted from the data of one calendar year (Berlin
 * time): events held, partners who joined, projects, meetings and the anonymous concern
 * statistics. Nothing here is stored; past years are counted again from the same rows.
 */

type Ctx = Pick<ServiceContext, 'db'>;

export interface Count {
	/** A name, or a key the page translates (target groups; '' = without a partner) */
	label: string;
	count: number;
}

export interface ReportFigures {
	year: number;
	events: {
		held: number;
		free: number;
		notFree: number;
		byTopic: Count[];
		/** Target group keys (events.group.*) */
		byGroup: Count[];
		/** Partner names; '' = organised without a partner (by the alliance or others) */
		byOrganiser: Count[];
	};
	partnersJoined: string[];
	projectsStarted: string[];
	projectsCompleted: string[];
	meetings: { total: number; byGroup: Count[] };
	concerns: ConcernYearStats;
}

function yearBounds(year: number): repo.YearBounds {
	return {
		from: localToUtcIso(`${year}-01-01`, '00:00') ?? `${year}-01-01T00:00:00.000Z`,
		to: localToUtcIso(`${year + 1}-01-01`, '00:00') ?? `${year + 1}-01-01T00:00:00.000Z`,
		firstDay: `${year}-01-01`,
		lastDay: `${year}-12-31`
	};
}

function tally(labels: string[]): Count[] {
	const map = new Map<string, number>();
	for (const l of labels) map.set(l, (map.get(l) ?? 0) + 1);
	return [...map.entries()]
		.map(([label, count]) => ({ label, count }))
		.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'de'));
}

/** Counts one year. Callers check who may see it (see report.service.ts). */
export async function countYear(
	ctx: Ctx,
	allianceId: string,
	year: number
): Promise<ReportFigures> {
	const y = yearBounds(year);
	const [held, topics, groups, partners, projects, meetings, concerns] = await Promise.all([
		repo.findHeldEvents(ctx.db, allianceId, y),
		repo.findHeldEventTopics(ctx.db, allianceId, y),
		repo.findHeldEventGroups(ctx.db, allianceId, y),
		repo.findJoinedPartners(ctx.db, allianceId, y),
		repo.findProjectsOfYear(ctx.db, allianceId, y),
		repo.findMeetings(ctx.db, allianceId, y),
		concernYearFigures(ctx, allianceId, year)
	]);
	const free = held.filter((e) => e.cost_kind === 'free').length;
	const inYear = (day: string | null) => !!day && day >= y.firstDay && day <= y.lastDay;
	return {
		year,
		events: {
			held: held.length,
			free,
			notFree: held.length - free,
			byTopic: tally(topics.map((t) => t.name)),
			byGroup: tally(groups.map((g) => g.target_group)),
			byOrganiser: tally(held.map((e) => e.partner_name ?? ''))
		},
		partnersJoined: partners.map((p) => p.name),
		projectsStarted: projects.filter((p) => inYear(p.starts_on)).map((p) => p.title),
		projectsCompleted: projects
			.filter((p) => p.status === 'completed' && inYear(p.ends_on))
			.map((p) => p.title),
		meetings: {
			total: meetings.length,
			byGroup: tally(meetings.map((m) => m.group_name ?? ''))
		},
		concerns
	};
}
