import crypto from 'node:crypto';
import { isAppError } from '../../app-error.ts';
import { findAllianceById } from '../../alliances/alliance.repository.ts';
import { deleteEvent } from '../core/delete-event.service.ts';
import { SYSTEM_ACTOR } from '../core/event.types.ts';
import { sendImportNotice } from '../workflows/moderation.mails.ts';
import { findCoordinatorEmails } from '../../auth/member.repository.ts';
import { changeStatus } from '../workflows/moderation.service.ts';
import type { IcsProblem } from './ics-parse.ts';
import { type FeedOwner } from './import.mapper.ts';
import * as repo from './import.repository.ts';
import { FetchError, safeFetch } from './safe-fetch.ts';
import { allianceBaseUrl } from '../../tenancy/public-url.ts';
import { groupSeries, syncSeries } from './import-series.ts';
import {
	breathe,
	fetchPolicyOf,
	MAX_REPORTED,
	REMOVED_NOTE,
	type ImportCtx,
	type SyncResult
} from './import.types.ts';

/*
 * ICS import: coordinators (for the alliance or any partner) and partner contacts (for their own
 * partner) subscribe to an existing iCalendar URL. A job syncs it on a schedule and on demand:
 * upsert by UID (+ RECURRENCE-ID for single dates), series stay series (RRULE/EXDATE kept),
 * events gone from the feed are cancelled (published) or removed (not yet public), new ones are
 * published or wait for moderation as the subscription says. A failed fetch or a broken file is
 * shown to the owner and changes nothing that was imported before. See docs/decisions/016-ics-import.md.
 */

/* Sync: one run of the job for one subscription (import.job.ts). */

function emptyResult(): SyncResult {
	return {
		ok: true,
		created: 0,
		updated: 0,
		unchanged: 0,
		cancelled: 0,
		removed: 0,
		skipped: 0,
		problems: []
	};
}

async function siteOf(ctx: ImportCtx, allianceId: string) {
	const alliance = await findAllianceById(ctx.db, allianceId);
	const siteUrl = allianceBaseUrl(ctx.publicUrl, alliance ?? null);
	return { siteUrl, allianceName: alliance?.name ?? 'Bündnis', locale: 'de' as const };
}

async function recordFailure(
	ctx: ImportCtx,
	feed: repo.FeedRow,
	key: string,
	detail: string,
	now: Date
) {
	await repo.updateFeed(ctx.db, feed.alliance_id, feed.id, {
		last_attempt_at: now.toISOString(),
		last_status: 'error',
		last_error: key,
		last_error_detail: detail.slice(0, 1000)
	});
	ctx.log.warn({ feed: feed.id, key, detail }, 'calendar import failed; nothing changed');
}

/**
 * Syncs one subscription. Never throws for problems of the feed (they are recorded for the
 * owner); what was imported before stays as it is unless the new file was read completely.
 */
export async function syncFeed(
	ctx: ImportCtx,
	allianceId: string,
	feedId: string,
	now = new Date()
): Promise<SyncResult> {
	const feed = await repo.findFeed(ctx.db, allianceId, feedId);
	if (!feed) return { ...emptyResult(), ok: false, error: 'error.notFound' };
	if (feed.enabled !== 1) return emptyResult();

	let body: Buffer;
	let fetched;
	try {
		fetched = await safeFetch(feed.url, fetchPolicyOf(ctx), {
			etag: feed.http_etag,
			lastModified: feed.http_last_modified
		});
		body = fetched.body;
	} catch (error) {
		const key =
			error instanceof FetchError ? `import.error.${error.problem}` : 'import.error.network';
		await recordFailure(
			ctx,
			feed,
			key,
			String(error instanceof Error ? error.message : error),
			now
		);
		return { ...emptyResult(), ok: false, error: key };
	}
	const hash = crypto.createHash('sha256').update(body).digest('hex');
	if (fetched.status === 304 || (hash === feed.content_hash && feed.last_status === 'ok')) {
		await repo.updateFeed(ctx.db, allianceId, feedId, {
			last_attempt_at: now.toISOString(),
			last_success_at: now.toISOString(),
			last_status: 'ok',
			last_error: '',
			last_error_detail: ''
		});
		return { ...emptyResult(), notModified: true };
	}
	// Parsed, repaired and counted in a worker thread under hard limits (ics-worker.ts).
	const { parseFeedIsolated } = await import('./ics-worker.ts');
	const parsed = await parseFeedIsolated(body, fetched.contentType, now);
	if (!parsed.ok) {
		await recordFailure(ctx, feed, `import.error.${parsed.problem}`, parsed.detail, now);
		return { ...emptyResult(), ok: false, error: `import.error.${parsed.problem}` };
	}

	const result = emptyResult();
	const owner: FeedOwner = { partnerId: feed.partner_id, name: feed.name };
	const usable = parsed.components;
	const reported: IcsProblem[] = [...parsed.problems];
	result.skipped += parsed.problems.filter((p) => p.skipped).length;
	const all = groupSeries(usable);
	const seen = new Set(all.map((s) => s.key));
	// An event skipped this time (e.g. its rule is refused) keeps what was imported before.
	for (const p of parsed.problems) if (p.skipped && p.uid) seen.add(p.uid);
	for (const series of all) {
		await breathe();
		try {
			const outcome = await syncSeries(ctx, allianceId, feed, owner, series, now);
			if (outcome !== 'ignored') result[outcome]++;
		} catch (error) {
			if (!isAppError(error)) throw error;
			result.skipped++;
			reported.push({
				uid: series.key.slice(0, 200),
				title: (series.master?.summary ?? '').slice(0, 200),
				reason: error.key,
				detail: error.field ?? '',
				skipped: true
			});
		}
	}
	result.events = reported.slice(0, MAX_REPORTED);
	result.problems = reported
		.filter((p) => p.skipped)
		.slice(0, 10)
		.map((p) => `${p.uid.slice(0, 80)}: ${p.reason}`);
	// Gone from the feed: cancelled when public, removed when not yet public. Past single events
	// are left alone (many feeds drop what is over).
	for (const e of await repo.findImportedEvents(ctx.db, allianceId, feedId)) {
		if (!e.external_uid || seen.has(e.external_uid)) continue;
		await breathe();
		if (e.status === 'cancelled' || e.status === 'rejected') continue;
		if (!e.rrule && e.end_utc < now.toISOString()) continue;
		if (e.status === 'published') {
			await changeStatus(ctx, SYSTEM_ACTOR, allianceId, e.id, 'cancelled', {
				note: REMOVED_NOTE,
				now
			});
		} else {
			await deleteEvent(ctx, SYSTEM_ACTOR, allianceId, e.id);
		}
		result.removed++;
	}
	await repo.updateFeed(ctx.db, allianceId, feedId, {
		last_attempt_at: now.toISOString(),
		last_success_at: now.toISOString(),
		last_status: 'ok',
		last_error: result.skipped ? 'import.warning.skipped' : '',
		last_error_detail: result.problems.join('\n'),
		last_result: JSON.stringify(result),
		http_etag: fetched.etag,
		http_last_modified: fetched.lastModified,
		content_hash: hash
	});
	if (result.created && feed.auto_publish !== 1) {
		const site = await siteOf(ctx, allianceId);
		for (const to of await findCoordinatorEmails(ctx.db, allianceId)) {
			try {
				await sendImportNotice(ctx.mailer, to, {
					allianceName: site.allianceName,
					feedName: feed.name,
					count: result.created,
					queueUrl: `${site.siteUrl}/admin/termine/moderation`
				});
			} catch (error) {
				ctx.log.error({ err: error }, 'import notice could not be sent');
			}
		}
	}
	ctx.log.info({ feed: feedId, ...result }, 'calendar import synced');
	return result;
}
