import type { ServiceContext } from '../context.ts';
import type { ProjectStatus } from './project.schema.ts';
import { toProject, toSummary } from './project-shared.ts';
import type { Project, ProjectSummary } from './project.types.ts';
import * as repo from './project.repository.ts';

/* Published projects for the public pages: lists, by partner, topic or working group, one project. */

type ReadCtx = Pick<ServiceContext, 'db'>;

/** Published projects, by status (running first, then planned, then completed). */
export async function publicProjects(
	ctx: ReadCtx,
	allianceId: string,
	filter: { status?: ProjectStatus; goodPractice?: boolean } = {}
): Promise<ProjectSummary[]> {
	const rows = await repo.findProjects(ctx.db, allianceId, { publishedOnly: true, ...filter });
	const order: Record<ProjectStatus, number> = { running: 0, planned: 1, completed: 2 };
	return rows.map(toSummary).sort((a, b) => order[a.status] - order[b.status]);
}

export async function publicProject(
	ctx: ReadCtx,
	allianceId: string,
	slug: string
): Promise<Project | null> {
	const row = await repo.findProjectBySlug(ctx.db, allianceId, slug);
	if (!row || row.published !== 1) return null;
	return toProject(ctx, row, true);
}

export async function projectsOfPartner(
	ctx: ReadCtx,
	allianceId: string,
	partnerId: string
): Promise<ProjectSummary[]> {
	const ids = await repo.findProjectIdsOfPartner(ctx.db, partnerId);
	return (await repo.findProjects(ctx.db, allianceId, { publishedOnly: true, ids })).map(toSummary);
}

export async function projectsOfTopic(ctx: ReadCtx, allianceId: string, topicId: string) {
	return (await repo.findProjects(ctx.db, allianceId, { publishedOnly: true, topicId })).map(
		toSummary
	);
}

export async function projectsOfWorkingGroup(
	ctx: ReadCtx,
	allianceId: string,
	workingGroupId: string
) {
	return (await repo.findProjects(ctx.db, allianceId, { publishedOnly: true, workingGroupId })).map(
		toSummary
	);
}
