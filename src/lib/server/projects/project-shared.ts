import type { ServiceContext } from '../context.ts';
import { publicPartnersByIds } from '../partners/partner-directory.service.ts';
import { listTopicRefs } from '../topics/topic.service.ts';
import type { Project, ProjectSummary } from './project.types.ts';
import * as repo from './project.repository.ts';

/* What the project use cases share: the roles that may edit, and rows → domain objects. */

type ReadCtx = Pick<ServiceContext, 'db'>;

export const EDIT_ROLES = ['coordinator', 'editor'] as const;

export function toSummary(row: repo.ProjectRow): ProjectSummary {
	return {
		id: row.id,
		slug: row.slug,
		title: row.title,
		summary: row.summary,
		status: row.status,
		startsOn: row.starts_on,
		endsOn: row.ends_on,
		imageId: row.image_id,
		goodPractice: row.good_practice === 1,
		published: row.published === 1
	};
}

export async function toProject(
	ctx: ReadCtx,
	row: repo.ProjectRow,
	publicView: boolean
): Promise<Project> {
	const [groups, topics, partnerLinks, files, news] = await Promise.all([
		repo.findWorkingGroupNames(ctx.db, row.alliance_id),
		listTopicRefs(ctx, row.alliance_id),
		repo.findProjectPartnerIds(ctx.db, [row.id]),
		repo.findProjectFiles(ctx.db, row.id),
		repo.findProjectNews(ctx.db, row.id, publicView)
	]);
	const partners = await publicPartnersByIds(
		ctx,
		row.alliance_id,
		partnerLinks.map((l) => l.partner_id)
	);
	return {
		...toSummary(row),
		descriptionHtml: row.description_html,
		goals: row.goals,
		results: row.results,
		workingGroup: groups.find((g) => g.id === row.working_group_id) ?? null,
		topic: topics.find((t) => t.id === row.topic_id) ?? null,
		partners: partners.map((p) => ({ id: p.id, slug: p.slug, name: p.name })),
		images: files.filter((f) => f.kind === 'image').map((f) => ({ id: f.id, alt: f.alt })),
		documents: files
			.filter((f) => f.kind === 'document')
			.map((f) => ({ id: f.id, title: f.title || f.original_name, size: f.size })),
		news: news.map((n) => ({
			id: n.id,
			slug: n.slug,
			title: n.title,
			publishedAt: n.published_at
		}))
	};
}
