import { assertAllianceRole, type Actor } from '../auth/actor.ts';
import { AppError } from '../app-error.ts';
import type { ServiceContext } from '../context.ts';
import { listTopicRefs } from '../topics/topic.service.ts';
import { htmlToPlain } from '../partners/partner-text.ts';
import { EDIT_ROLES, toProject, toSummary } from './project-shared.ts';
import type { Project, ProjectSummary } from './project.types.ts';
import * as repo from './project.repository.ts';

/* Coordinators and editors: the admin list, a project with its form values, the form's choices. */

type ReadCtx = Pick<ServiceContext, 'db'>;

export async function listProjectsAdmin(
	ctx: ReadCtx,
	actor: Actor,
	allianceId: string
): Promise<ProjectSummary[]> {
	await assertAllianceRole(ctx.db, actor, allianceId, EDIT_ROLES);
	return (await repo.findProjects(ctx.db, allianceId)).map(toSummary);
}

export async function projectForEdit(
	ctx: ReadCtx,
	actor: Actor,
	allianceId: string,
	id: string
): Promise<{ project: Project; values: Record<string, string | string[] | boolean> }> {
	await assertAllianceRole(ctx.db, actor, allianceId, EDIT_ROLES);
	const row = await repo.findProjectById(ctx.db, allianceId, id);
	if (!row) throw new AppError('NOT_FOUND', 'error.notFound');
	const project = await toProject(ctx, row, false);
	return {
		project,
		values: {
			title: row.title,
			summary: row.summary,
			description: htmlToPlain(row.description_html),
			goals: row.goals,
			results: row.results,
			status: row.status,
			startsOn: row.starts_on ?? '',
			endsOn: row.ends_on ?? '',
			workingGroupId: row.working_group_id ?? '',
			topicId: row.topic_id ?? '',
			partners: project.partners.map((p) => p.id),
			news: project.news.map((n) => n.id),
			goodPractice: row.good_practice === 1,
			published: row.published === 1
		}
	};
}

export async function projectChoices(ctx: ReadCtx, allianceId: string) {
	const [groups, topics, news] = await Promise.all([
		repo.findWorkingGroupNames(ctx.db, allianceId),
		listTopicRefs(ctx, allianceId),
		repo.findNewsChoices(ctx.db, allianceId)
	]);
	const partners = await repo.findActivePartnerNames(ctx.db, allianceId);
	return { groups, topics, news: news.map((n) => ({ id: n.id, title: n.title })), partners };
}
