import { assertSameAlliance } from '../../access/access.service.ts';
import crypto from 'node:crypto';
import type { Actor } from '../../auth/actor.ts';
import { AppError, isAppError } from '../../app-error.ts';
import { contentChanged } from '../../alliances/content-changed.ts';
import type { ServiceContext } from '../../context.ts';
import { jobQueue } from '../../jobs/db-queue.ts';
import { assertMayEditEvent } from '../core/event-access.ts';
import { deleteEvent } from '../core/delete-event.service.ts';
import { SYSTEM_ACTOR } from '../core/event.types.ts';
import { calendarSettings } from '../core/moderation.settings.ts';
import * as repo from './import.repository.ts';
import type { FeedForm } from './import.schema.ts';
import { checkUrl, checkedAddress, FetchError, type FetchPolicy } from './safe-fetch.ts';
import { importSyncJob } from './import.job.ts';

import { fetchPolicyOf, scheduleKey, toFeed, type Feed, type ImportCtx } from './import.types.ts';

/*
 * ICS import: coordinators (for the alliance or any partner) and partner contacts (for their own
 * partner) subscribe to an existing iCalendar URL. A job syncs it on a schedule and on demand:
 * upsert by UID (+ RECURRENCE-ID for single dates), series stay series (RRULE/EXDATE kept),
 * events gone from the feed are cancelled (published) or removed (not yet public), new ones are
 * published or wait for moderation as the subscription says. A failed fetch or a broken file is
 * shown to the owner and changes nothing that was imported before. See docs/decisions/016-ics-import.md.
 */

// ---------------------------------------------------------------------------------------------
// Subscriptions

/** Who may manage subscriptions of this partner (null: the alliance's own, staff only). */
async function assertMayManage(
	ctx: Pick<ServiceContext, 'db'>,
	actor: Actor,
	allianceId: string,
	partnerId: string | null
) {
	try {
		return await assertMayEditEvent(ctx.db, actor, allianceId, [partnerId]);
	} catch (error) {
		if (isAppError(error) && error.code === 'FORBIDDEN')
			throw new AppError('NOT_FOUND', 'error.notFound');
		throw error;
	}
}

/** The subscriptions a person may see: all for staff, their partners' for partner contacts. */
export async function listFeeds(
	ctx: Pick<ServiceContext, 'db' | 'dialect'>,
	actor: Actor,
	allianceId: string,
	ownPartnerIds: readonly string[] | null
): Promise<Feed[]> {
	const rows = await repo.findFeeds(ctx.db, allianceId, ownPartnerIds);
	const out: Feed[] = [];
	for (const row of rows) {
		await assertMayManage(ctx, actor, allianceId, row.partner_id);
		const feed = toFeed(row);
		feed.eventCount = await repo.countImportedEvents(ctx.db, allianceId, row.id);
		feed.syncQueued = !!(await jobQueue(ctx).find({
			dedupeKey: `schedule:${scheduleKey(row.id)}`
		}));
		out.push(feed);
	}
	return out;
}

export async function getFeed(
	ctx: Pick<ServiceContext, 'db'>,
	actor: Actor,
	allianceId: string,
	feedId: string
): Promise<Feed> {
	const row = await repo.findFeed(ctx.db, allianceId, feedId);
	if (!row) throw new AppError('NOT_FOUND', 'error.notFound');
	await assertMayManage(ctx, actor, allianceId, row.partner_id);
	return toFeed(row);
}

/** Checks scheme and address now, so the owner hears about a refused URL at once. */
async function assertFetchable(url: string, policy: FetchPolicy | undefined) {
	try {
		await checkedAddress(checkUrl(url), policy ?? {});
	} catch (error) {
		// A name that does not resolve right now may work later: the sync will tell. What is
		// refused for good (scheme, internal address) is refused at once.
		if (!(error instanceof FetchError)) throw error;
		if (error.problem !== 'dns')
			throw new AppError('INVALID', `import.error.${error.problem}`, 'url');
	}
}

/** Subscribes and syncs at once (in the background), then on the chosen interval. */
export async function createFeed(
	ctx: ImportCtx,
	actor: Actor,
	allianceId: string,
	form: FeedForm,
	now = new Date()
): Promise<Feed> {
	const partnerId = form.partnerId || null;
	await assertSameAlliance(ctx, allianceId, [
		{ kind: 'partner', field: 'partnerId', ids: partnerId }
	]);
	const role = await assertMayManage(ctx, actor, allianceId, partnerId);
	await assertFetchable(form.url, fetchPolicyOf(ctx));
	const settings = await calendarSettings(ctx, allianceId);
	// Where partners' events need approval, a partner's own import cannot skip it.
	const autoPublish =
		form.autoPublish && !(role === 'partner' && settings.partnerEventsNeedApproval);
	const id = crypto.randomUUID();
	const nowIso = now.toISOString();
	await repo.insertFeed(ctx.db, {
		id,
		alliance_id: allianceId,
		partner_id: partnerId,
		name: form.name,
		url: form.url,
		auto_publish: autoPublish ? 1 : 0,
		interval_minutes: form.intervalMinutes,
		enabled: 1,
		created_at: nowIso,
		created_by: actor.userId,
		updated_at: nowIso
	});
	await jobQueue(ctx).schedule(
		importSyncJob,
		{ allianceId, feedId: id },
		{ key: scheduleKey(id), everySeconds: form.intervalMinutes * 60, allianceId, now }
	);
	return getFeed(ctx, actor, allianceId, id);
}

export async function updateFeed(
	ctx: ImportCtx,
	actor: Actor,
	allianceId: string,
	feedId: string,
	form: FeedForm,
	now = new Date()
): Promise<Feed> {
	const current = await getFeed(ctx, actor, allianceId, feedId);
	const partnerId = form.partnerId || null;
	await assertSameAlliance(ctx, allianceId, [
		{ kind: 'partner', field: 'partnerId', ids: partnerId }
	]);
	const role = await assertMayManage(ctx, actor, allianceId, partnerId);
	if (form.url !== current.url) await assertFetchable(form.url, fetchPolicyOf(ctx));
	const settings = await calendarSettings(ctx, allianceId);
	const autoPublish =
		form.autoPublish && !(role === 'partner' && settings.partnerEventsNeedApproval);
	await repo.updateFeed(ctx.db, allianceId, feedId, {
		name: form.name,
		url: form.url,
		partner_id: partnerId,
		auto_publish: autoPublish ? 1 : 0,
		interval_minutes: form.intervalMinutes,
		// A new address is fetched afresh.
		...(form.url !== current.url
			? { http_etag: null, http_last_modified: null, content_hash: null }
			: {}),
		updated_at: now.toISOString()
	});
	await jobQueue(ctx).schedule(
		importSyncJob,
		{ allianceId, feedId },
		{ key: scheduleKey(feedId), everySeconds: form.intervalMinutes * 60, allianceId, now }
	);
	return getFeed(ctx, actor, allianceId, feedId);
}

/** Ends a subscription; its events are removed, or kept as the alliance's own events. */
export async function deleteFeed(
	ctx: ImportCtx,
	actor: Actor,
	allianceId: string,
	feedId: string,
	options: { removeEvents: boolean }
): Promise<void> {
	await getFeed(ctx, actor, allianceId, feedId);
	await jobQueue(ctx).unschedule(scheduleKey(feedId));
	if (options.removeEvents) {
		for (const e of await repo.findImportedEvents(ctx.db, allianceId, feedId)) {
			await deleteEvent(ctx, SYSTEM_ACTOR, allianceId, e.id);
		}
	} else {
		await repo.detachImportedEvents(ctx.db, allianceId, feedId);
	}
	await repo.deleteFeed(ctx.db, allianceId, feedId);
	await contentChanged(ctx, allianceId);
}

/** "Jetzt abgleichen": queues a sync now (one per subscription at a time). */
export async function requestSync(
	ctx: ImportCtx,
	actor: Actor,
	allianceId: string,
	feedId: string,
	now = new Date()
): Promise<{ queued: boolean }> {
	await getFeed(ctx, actor, allianceId, feedId);
	const id = await jobQueue(ctx).enqueue(
		importSyncJob,
		{ allianceId, feedId },
		{ dedupeKey: `schedule:${scheduleKey(feedId)}`, allianceId, now }
	);
	return { queued: id !== null };
}
