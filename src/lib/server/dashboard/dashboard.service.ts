import { recentChanges } from '../audit/audit.service.ts';
import type { ServiceContext } from '../context.ts';
import * as repo from './dashboard.repository.ts';

interface RecentChange {
	id: string;
	action: string;
	entity: string;
	summary: string;
	at: string;
	by: string | null;
}

export interface Dashboard {
	/** Counts only coordinators see (their tasks; messages and invitations hold personal data) */
	newMessages: number | null;
	pendingInvitations: number | null;
	partnerApplications: number | null;
	partnerChanges: number | null;
	unpublishedPages: number;
	draftNews: number;
	recent: RecentChange[];
}

/**
 * What needs attention in an alliance. Coordinators also see counts of new contact messages
 * and open invitations; editors see the content counts and the recent changes.
 */
export async function dashboardFor(
	ctx: Pick<ServiceContext, 'db'>,
	allianceId: string,
	options: { coordinator: boolean; now?: Date }
): Promise<Dashboard> {
	const now = (options.now ?? new Date()).getTime();
	const forCoordinators = <T>(query: () => Promise<T>) =>
		options.coordinator ? query() : Promise.resolve(null);
	const [
		newMessages,
		expiries,
		partnerApplications,
		partnerChanges,
		unpublishedPages,
		draftNews,
		recent
	] = await Promise.all([
		forCoordinators(() => repo.countNewContactMessages(ctx.db, allianceId)),
		forCoordinators(() => repo.findPendingInvitationExpiries(ctx.db, allianceId)),
		forCoordinators(() => repo.countPendingPartnerApplications(ctx.db, allianceId)),
		forCoordinators(() => repo.countPartnerChangesToApprove(ctx.db, allianceId)),
		repo.countUnpublishedPages(ctx.db, allianceId),
		repo.countDraftNews(ctx.db, allianceId),
		recentChanges(ctx, allianceId, 10)
	]);
	return {
		newMessages,
		pendingInvitations: expiries
			? expiries.filter((at) => new Date(at).getTime() > now).length
			: null,
		partnerApplications,
		partnerChanges,
		unpublishedPages,
		draftNews,
		recent: recent.map((row) => ({
			id: row.id,
			action: row.action,
			entity: row.entity,
			summary: row.summary,
			at: row.created_at,
			by: row.user_name ?? null
		}))
	};
}

/** The number shown beside "Nachrichten" in the admin navigation. */
export async function newMessageCount(
	ctx: Pick<ServiceContext, 'db'>,
	allianceId: string
): Promise<number> {
	return repo.countNewContactMessages(ctx.db, allianceId);
}
