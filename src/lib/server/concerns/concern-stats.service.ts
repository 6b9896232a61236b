import { assertAllianceRole, type Actor } from '../auth/actor.ts';
import type { ServiceContext } from '../context.ts';
import * as jobRepo from './concern-job.repository.ts';

/*
 * Anonymous figures for the annual report and for lobbying: how many concerns per category in
 * a year and how long the first answer took. They come from rows that stay after
 * anonymisation (category and dates only).
 */

interface CategoryStat {
	category: string;
	count: number;
	answered: number;
	/** Median days to the first answer (null: none answered) */
	medianDays: number | null;
}

function median(values: number[]): number | null {
	if (!values.length) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	const value =
		sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
	return Math.round(value * 10) / 10;
}

export async function concernStats(
	ctx: Pick<ServiceContext, 'db'>,
	actor: Actor,
	allianceId: string,
	year: number
): Promise<ConcernYearStats> {
	await assertAllianceRole(ctx.db, actor, allianceId, ['coordinator']);
	return concernYearFigures(ctx, allianceId, year);
}

export interface ConcernYearStats {
	year: number;
	total: CategoryStat;
	categories: CategoryStat[];
}

/**
 * The same anonymous figures without a viewer, for the published annual report (the caller
 * decides who may see them: coordinators, or anyone once the year's report is published).
 */
export async function concernYearFigures(
	ctx: Pick<ServiceContext, 'db'>,
	allianceId: string,
	year: number
): Promise<ConcernYearStats> {
	const rows = await jobRepo.findStatsRows(
		ctx.db,
		allianceId,
		new Date(Date.UTC(year, 0, 1)).toISOString(),
		new Date(Date.UTC(year + 1, 0, 1)).toISOString()
	);
	const groups = new Map<string, number[][]>();
	const all: number[] = [];
	let answered = 0;
	for (const r of rows) {
		const name = r.category_name ?? '–';
		const entry = groups.get(name) ?? [[], []];
		(entry[0] as number[]).push(1);
		if (r.first_answer_at) {
			const days =
				(new Date(r.first_answer_at).getTime() - new Date(r.created_at).getTime()) / 86_400_000;
			(entry[1] as number[]).push(days);
			all.push(days);
			answered++;
		}
		groups.set(name, entry);
	}
	const categories = [...groups.entries()]
		.map(([category, [count, days]]) => ({
			category,
			count: count?.length ?? 0,
			answered: days?.length ?? 0,
			medianDays: median(days ?? [])
		}))
		.sort((a, b) => b.count - a.count || a.category.localeCompare(b.category));
	return {
		year,
		total: { category: '', count: rows.length, answered, medianDays: median(all) },
		categories
	};
}
