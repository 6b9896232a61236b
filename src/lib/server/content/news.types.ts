/*
 * News posts. publishedAt null = draft, in the future = scheduled (appears by itself then),
 * otherwise published. Slugs are made from the title and unique per alliance.
 */

export type NewsStatus = 'draft' | 'scheduled' | 'published';

interface NewsImage {
	id: string;
	path: string;
	alt: string;
	width: number | null;
	height: number | null;
}

export interface NewsPost {
	id: string;
	slug: string;
	title: string;
	summary: string;
	bodyHtml: string;
	publishedAt: string | null;
	status: NewsStatus;
	image: NewsImage | null;
	createdAt: string;
	updatedAt: string;
	/** Path inside the alliance's site: /neuigkeiten/<slug> */
	path: string;
}

export type NewsSaveResult =
	{ ok: true; post: NewsPost } | { ok: false; errors: Record<string, string> };

export interface NewsPage {
	posts: NewsPost[];
	page: number;
	pages: number;
	total: number;
}
