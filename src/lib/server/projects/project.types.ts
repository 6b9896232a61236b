import type { TopicRef } from '../topics/topic.types.ts';
import type { ProjectStatus } from './project.schema.ts';

/*
 * Projects of the alliance: status, period, responsible working group, partners, goals and
 * results, images and documents, related news. Completed projects marked as good practice
 * make the good-practice list.
 */

export interface ProjectSummary {
	id: string;
	slug: string;
	title: string;
	summary: string;
	status: ProjectStatus;
	startsOn: string | null;
	endsOn: string | null;
	imageId: string | null;
	goodPractice: boolean;
	published: boolean;
}

export interface Project extends ProjectSummary {
	descriptionHtml: string;
	goals: string;
	results: string;
	workingGroup: { id: string; slug: string; name: string } | null;
	topic: TopicRef | null;
	partners: { id: string; slug: string; name: string }[];
	images: { id: string; alt: string }[];
	documents: { id: string; title: string; size: number }[];
	news: { id: string; slug: string; title: string; publishedAt: string | null }[];
}
