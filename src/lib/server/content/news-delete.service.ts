import type { ServiceContext } from '../context.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { requireAccessFor } from '../access/access.service.ts';
import { contentChanged } from '../alliances/content-changed.ts';
import { getNews } from './news-read.service.ts';
import * as repo from './news.repository.ts';

type Ctx = Pick<ServiceContext, 'db' | 'registry'>;

/** Deletes a post (its image stays in the media library). */
export async function deleteNews(
	ctx: Ctx,
	allianceId: string,
	userId: string | null,
	id: string
): Promise<boolean> {
	await requireAccessFor(ctx, userId, allianceId, 'content.edit');
	const existing = await getNews(ctx, allianceId, id);
	if (!existing) return false;
	await ctx.db.transaction().execute(async (trx) => {
		await repo.deleteNews(trx, allianceId, id);
		await recordAudit(
			{ db: trx },
			{
				allianceId,
				userId,
				action: 'delete',
				entity: 'news',
				entityId: id,
				summary: existing.title
			}
		);
		await contentChanged({ db: trx }, allianceId);
	});
	ctx.registry?.invalidate();
	return true;
}
