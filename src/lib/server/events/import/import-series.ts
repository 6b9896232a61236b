import crypto from 'node:crypto';
import * as events from '../core/event.repository.ts';
import * as overrideRepo from '../core/event-override.repository.ts';
import { createEvent } from '../core/create-event.service.ts';
import { deleteEvent } from '../core/delete-event.service.ts';
import { findImportedEvent } from '../core/event.service.ts';
import { recordEventChange } from '../core/event-write.ts';
import { updateEvent } from '../core/update-event.service.ts';
import { SYSTEM_ACTOR, type CalendarEvent } from '../core/event.types.ts';
import { changeStatus } from '../workflows/moderation.service.ts';
import { rebuildOccurrences } from '../core/occurrence-cache.ts';
import { isOccurrenceOf } from '../core/recurrence.ts';
import { cleanLine } from '../core/event-text.ts';
import type { IcsComponent } from './ics-parse.ts';
import { inputFromComponent, splitLocation, type FeedOwner } from './import.mapper.ts';
import * as repo from './import.repository.ts';
import { CANCELLED_NOTE, REMOVED_NOTE, type ImportCtx } from './import.types.ts';

/* One series of a subscribed calendar into the calendar: created, updated or cancelled (016). */

export interface Series {
	key: string;
	master: IcsComponent | null;
	overrides: IcsComponent[];
}

/** Groups components into series by UID; overrides without their master stand alone. */
export function groupSeries(components: IcsComponent[]): Series[] {
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
		const existing = await overrideRepo.findOverrides(trx, allianceId, eventId);
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
			await overrideRepo.upsertOverride(trx, {
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
		for (const o of gone)
			await overrideRepo.deleteOverride(trx, allianceId, eventId, o.recurrence_id);
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
export async function syncSeries(
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
