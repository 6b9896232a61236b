import type { ServiceContext } from '../context.ts';
import * as repo from './page.repository.ts';

export interface NavItem {
	title: string;
	/** Path inside the alliance's site, e.g. /ueber-uns/ziele */
	path: string;
	children: NavItem[];
}

/** The public navigation: published pages marked for it, two levels, in the coordinators' order. */
export async function navigation(
	ctx: Pick<ServiceContext, 'db'>,
	allianceId: string
): Promise<NavItem[]> {
	const rows = await repo.findPublishedNavPages(ctx.db, allianceId);
	const top = rows.filter((r) => r.parent_id === null);
	return top.map((parent) => ({
		title: parent.title,
		path: `/${parent.slug}`,
		children: rows
			.filter((r) => r.parent_id === parent.id)
			.map((child) => ({ title: child.title, path: `/${parent.slug}/${child.slug}`, children: [] }))
	}));
}
