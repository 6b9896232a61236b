import { assertSameAlliance } from '../../access/access.service.ts';
import crypto from 'node:crypto';
import type { Actor } from '../../auth/actor.ts';
import { RuleError, isRuleError } from '../../auth/rule-error.ts';
import { contentChanged } from '../../alliances/content-changed.ts';
import { findAllianceById } from '../../alliances/alliance.repository.ts';
import type { ServiceContext } from '../../context.ts';
import { jobQueue } from '../../jobs/db-queue.ts';
import { assertMayEditEvent } from '../core/event-access.ts';
import * as events from '../core/event.repository.ts';
import {
	createEvent,
	deleteEvent,
	findImportedEvent,
	recordEventChange,
	updateEvent
} from '../core/event.service.ts';
import { SYSTEM_ACTOR, type CalendarEvent } from '../core/event.types.ts';
import { sendImportNotice } from '../workflows/moderation.mails.ts';
import { findCoordinatorEmails } from '../../auth/member.repository.ts';
import { changeStatus } from '../workflows/moderation.service.ts';
import { calendarSettings } from '../core/moderation.settings.ts';
import { rebuildOccurrences } from '../core/occurrence-cache.ts';
import { isOccurrenceOf } from '../core/recurrence.ts';
import { cleanLine } from '../core/event-text.ts';
import { env } from '../../env.ts';
import type { IcsComponent, IcsProblem } from './ics-parse.ts';
import { inputFromComponent, splitLocation, type FeedOwner } from './import.mapper.ts';
import * as repo from './import.repository.ts';
import type { FeedForm } from './import.schema.ts';
import { checkUrl, checkedAddress, FetchError, safeFetch, type FetchPolicy } from './safe-fetch.ts';
import { importSyncJob } from './import.job.ts';
import { allianceBaseUrl } from '../../tenancy/public-url.ts';

/*
 * ICS import: coordinators (for the alliance or any partner) and partner contacts (for their own
 * partner) subscribe to an existing iCalendar URL. A job syncs it on a schedule and on demand:
 * upsert by UID (+ RECURRENCE-ID for single dates), series stay series (RRULE/EXDATE kept),
 * events gone from the feed are cancelled (published) or removed (not yet public), new ones are
 * published or wait for moderation as the subscription says. A failed fetch or a broken file is
 * shown to the owner and changes nothing that was imported before. See docs/decisions/016-ics-import.md.
 */

export type ImportCtx = Pick<
	ServiceContext,
	'db' | 'dialect' | 'registry' | 'publicUrl' | 'mailer' | 'log'
> & {
	/** Tests only: lets the import reach the local test server (see safe-fetch.ts). */
	fetchPolicy?: FetchPolicy;
};

/** Public remark on an event that the source calendar no longer lists. */
export const REMOVED_NOTE = 'Dieser Termin steht nicht mehr im Kalender des Veranstalters.';
/** Public remark on an event the source calendar marks as cancelled. */
export const CANCELLED_NOTE = 'Laut Kalender des Veranstalters abgesagt.';

export interface SyncResult {
	ok: boolean;
	notModified?: boolean;
	created: number;
	updated: number;
	unchanged: number;
	cancelled: number;
	removed: number;
	skipped: number;
	/** A few reasons for skipped events: "UID: message key" */
	problems: string[];
	/** Per event: what was skipped or repaired and why (at most MAX_REPORTED) */
	events?: IcsProblem[];
	/** import.error.* on failure */
	error?: string;
}

export interface Feed {
	id: string;
	name: string;
	url: string;
	partnerId: string | null;
	partnerName: string | null;
	autoPublish: boolean;
	intervalMinutes: number;
	enabled: boolean;
	lastAttemptAt: string | null;
	lastSuccessAt: string | null;
	lastStatus: 'ok' | 'error' | null;
	lastError: string;
	lastErrorDetail: string;
	lastResult: Partial<SyncResult>;
	eventCount?: number;
	syncQueued?: boolean;
}

function toFeed(row: repo.FeedRow): Feed {
	let lastResult: Partial<SyncResult>;
	try {
		lastResult = JSON.parse(row.last_result) as Partial<SyncResult>;
	} catch {
		lastResult = {};
	}
	return {
		id: row.id,
		name: row.name,
		url: row.url,
		partnerId: row.partner_id,
		partnerName: row.partner_name,
		autoPublish: row.auto_publish === 1,
		intervalMinutes: row.interval_minutes,
		enabled: row.enabled === 1,
		lastAttemptAt: row.last_attempt_at,
		lastSuccessAt: row.last_success_at,
		lastStatus: row.last_status,
		lastError: row.last_error,
		lastErrorDetail: row.last_error_detail,
		lastResult
	};
}

const scheduleKey = (feedId: string) => `import:${feedId}`;

/** How many per-event notes a sync keeps for the status page. */
export const MAX_REPORTED = 200;

/** The SSRF policy: public addresses, plus the hosts the operator allows (IMPORT_ALLOWED_HOSTS). */
function fetchPolicyOf(ctx: Pick<ImportCtx, 'fetchPolicy'>): FetchPolicy {
	return { allowHosts: env().IMPORT_ALLOWED_HOSTS, ...ctx.fetchPolicy };
}

/** Lets timers and other requests run between two pieces of import work. */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

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
		if (isRuleError(error) && error.status === 403) throw new RuleError('error.notFound', 404);
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
	if (!row) throw new RuleError('error.notFound', 404);
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
		if (error.problem !== 'dns') throw new RuleError(`import.error.${error.problem}`, 400, 'url');
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

// ---------------------------------------------------------------------------------------------
// Sync

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

interface Series {
	key: string;
	master: IcsComponent | null;
	overrides: IcsComponent[];
}

/** Groups components into series by UID; overrides without their master stand alone. */
function groupSeries(components: IcsComponent[]): Series[] {
	const byUid = new Map<string, Series>();
	for (const c of components) {
		const series = byUid.get(c.uid) ?? { key: c.uid, master: null, overrides: [] };
		if (c.recurrenceId) {
			// The same date twice: the higher SEQUENCE wins (RFC 5545 §3.8.7.4).
			const twin = series.overrides.findIndex((o) => o.recurrenceId === c.recurrenceId);
			if (twin < 0) series.overrides.push(c);
			else if (c.sequence > series.overrides[twin]!.sequence) series.overrides[twin] = c;
		} else if (!series.master || c.sequence > series.master.sequence) series.master = c;
		byUid.set(c.uid, series);
	}
	const out: Series[] = [];
	for (const series of byUid.values()) {
		if (series.master) {
			// An all-day series names its dates as dates (Exchange writes them with a TZID).
			if (series.master.allDay) {
				for (const o of series.overrides) o.recurrenceId = o.recurrenceIdDate;
			}
			out.push(series);
			continue;
		}
		for (const o of series.overrides) {
			out.push({
				key: `${o.uid}#${o.recurrenceId}`,
				master: { ...o, recurrenceId: null, rrule: null },
				overrides: []
			});
		}
	}
	return out;
}

type OverrideValues = {
	cancelled: number;
	start_utc: string | null;
	end_utc: string | null;
	title: string | null;
	summary: string | null;
	place_name: string | null;
	address: string | null;
	note: string;
};

/** Brings the overrides (single changed, moved or cancelled dates) in line with the feed. */
async function syncOverrides(
	ctx: ImportCtx,
	allianceId: string,
	eventId: string,
	overrides: IcsComponent[],
	now: Date
): Promise<boolean> {
	const nowIso = now.toISOString();
	let changed = false;
	await ctx.db.transaction().execute(async (trx) => {
		const event = await events.findEventById(trx, allianceId, eventId);
		const rdates = event ? (JSON.parse(event.rdates) as string[]) : [];
		if (!event || (!event.rrule && !rdates.length)) return;
		const series = {
			start: event.start_utc,
			end: event.end_utc,
			allDay: event.all_day === 1,
			timeZone: event.time_zone,
			rrule: event.rrule,
			rdates
		};
		const duration = Date.parse(event.end_utc) - Date.parse(event.start_utc);
		const desired = new Map<string, OverrideValues>();
		for (const o of overrides) {
			const recurrenceId = new Date(o.recurrenceId!).toISOString();
			if (!isOccurrenceOf(series, recurrenceId)) continue;
			const place = splitLocation(o.location);
			const title = cleanLine(o.summary).slice(0, 200);
			const naturalEnd = new Date(Date.parse(recurrenceId) + duration).toISOString();
			desired.set(recurrenceId, {
				cancelled: o.status === 'CANCELLED' ? 1 : 0,
				start_utc: o.start !== recurrenceId ? o.start : null,
				end_utc: o.end !== naturalEnd || o.start !== recurrenceId ? o.end : null,
				title: title && title !== event.title ? title : null,
				summary: null,
				place_name:
					place.placeName && place.placeName !== event.place_name ? place.placeName : null,
				address: place.address && place.address !== event.address ? place.address : null,
				note: o.status === 'CANCELLED' ? CANCELLED_NOTE : ''
			});
		}
		const existing = await events.findOverrides(trx, allianceId, eventId);
		const sequence = event.sequence + 1;
		const same = (a: OverrideValues, b: events.OverrideRow) =>
			a.cancelled === b.cancelled &&
			a.start_utc === b.start_utc &&
			a.end_utc === b.end_utc &&
			a.title === b.title &&
			a.summary === b.summary &&
			a.place_name === b.place_name &&
			a.address === b.address &&
			a.note === b.note;
		for (const [recurrenceId, values] of desired) {
			const found = existing.find((e) => e.recurrence_id === recurrenceId);
			if (found && same(values, found)) continue;
			await events.upsertOverride(trx, {
				id: found?.id ?? crypto.randomUUID(),
				alliance_id: allianceId,
				event_id: eventId,
				recurrence_id: recurrenceId,
				...values,
				sequence,
				created_at: found?.created_at ?? nowIso,
				updated_at: nowIso,
				updated_by: null
			});
			changed = true;
		}
		const gone = existing.filter((e) => !desired.has(e.recurrence_id));
		for (const o of gone) await events.deleteOverride(trx, allianceId, eventId, o.recurrence_id);
		if (gone.length) changed = true;
		if (!changed) return;
		await events.updateEventRow(trx, allianceId, eventId, {
			sequence,
			updated_at: nowIso,
			updated_by: null
		});
		await rebuildOccurrences(trx, event, now);
		await recordEventChange(
			trx,
			SYSTEM_ACTOR,
			allianceId,
			{ id: eventId, title: event.title },
			{ action: 'import.occurrences', changes: { overrides: [existing.length, desired.size] } },
			nowIso
		);
	});
	return changed;
}

/** Brings one series in line with the feed; returns what happened. */
async function syncSeries(
	ctx: ImportCtx,
	allianceId: string,
	feed: repo.FeedRow,
	owner: FeedOwner,
	series: Series,
	now: Date
): Promise<'created' | 'updated' | 'unchanged' | 'cancelled' | 'ignored'> {
	const master = series.master!;
	const existing: CalendarEvent | undefined = await findImportedEvent(
		ctx,
		allianceId,
		feed.id,
		series.key
	);
	if (master.status === 'CANCELLED') {
		if (!existing || existing.status === 'cancelled' || existing.status === 'rejected')
			return 'ignored';
		if (existing.status === 'published') {
			await changeStatus(ctx, SYSTEM_ACTOR, allianceId, existing.id, 'cancelled', {
				note: CANCELLED_NOTE,
				now
			});
		} else {
			await deleteEvent(ctx, SYSTEM_ACTOR, allianceId, existing.id);
		}
		return 'cancelled';
	}
	const input = inputFromComponent(master, owner, existing);
	// An RDATE given as a PERIOD with its own end: that date keeps its end (as a changed date).
	const periodOverrides = Object.entries(master.rdateEnds)
		.filter(([start]) => !series.overrides.some((o) => o.recurrenceId === start))
		.map(([start, end]) => ({ ...master, recurrenceId: start, start, end, rrule: null }));
	series.overrides.push(...periodOverrides);
	if (!existing) {
		const created = await createEvent(ctx, SYSTEM_ACTOR, allianceId, input, {
			status: feed.auto_publish === 1 ? 'published' : 'submitted',
			source: 'import',
			sourceFeedId: feed.id,
			externalUid: series.key,
			now
		});
		if (series.overrides.length)
			await syncOverrides(ctx, allianceId, created.id, series.overrides, now);
		return 'created';
	}
	let changed = false;
	// Back in the feed (or no longer cancelled there): public again, or back to moderation.
	if (
		existing.status === 'cancelled' &&
		[REMOVED_NOTE, CANCELLED_NOTE].includes(existing.statusNote)
	) {
		await changeStatus(
			ctx,
			SYSTEM_ACTOR,
			allianceId,
			existing.id,
			feed.auto_publish === 1 ? 'published' : 'submitted',
			{ now }
		);
		changed = true;
	}
	const before = (await events.findEventById(ctx.db, allianceId, existing.id))?.sequence;
	await updateEvent(ctx, SYSTEM_ACTOR, allianceId, existing.id, input, {
		now,
		note: 'Kalender-Import'
	});
	const after = (await events.findEventById(ctx.db, allianceId, existing.id))?.sequence;
	if (before !== after) changed = true;
	if (await syncOverrides(ctx, allianceId, existing.id, series.overrides, now)) changed = true;
	return changed ? 'updated' : 'unchanged';
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
			if (!isRuleError(error)) throw error;
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
