import { requireAccess, type Actor } from '../access/access.service.ts';
import { contentChanged } from '../alliances/content-changed.ts';
import { AppError } from '../app-error.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { sanitizeRichText } from '../content/sanitize.ts';
import type { ServiceContext } from '../context.ts';
import { findEventBySlug } from '../events/core/event.repository.ts';
import { PUBLIC_STATUSES } from '../events/core/event.types.ts';
import { getFile } from '../uploads/upload.service.ts';
import { storeDocument } from '../uploads/upload-store.service.ts';
import * as repo from './plenum.repository.ts';
import { eventOf, loadPlenum } from './plenum.service.ts';
import type { MinutesInput } from './plenum.schema.ts';

/*
 * Minutes of a plenum: a text (the editor's sanitised HTML) and/or an uploaded PDF (through the
 * upload service: sniffed, size-limited). Internal minutes are for the alliance's members
 * (/intern/plenum), their PDF too (the file route asks isInternalMinutesFile); public minutes
 * are shown with the event (/termine/<slug>/protokoll).
 */

type Ctx = Pick<ServiceContext, 'db' | 'uploadDir' | 'registry'>;

export interface Minutes {
	html: string;
	file: { id: string; name: string; size: number } | null;
	visibility: 'internal' | 'public';
	updatedAt: string | null;
	announcedAt: string | null;
}

async function minutesOf(ctx: Pick<ServiceContext, 'db'>, row: repo.PlenumRow): Promise<Minutes> {
	const file = row.minutes_file_id
		? await getFile(ctx, row.alliance_id, row.minutes_file_id)
		: null;
	return {
		html: row.minutes_html,
		file: file ? { id: file.id, name: file.originalName, size: file.size } : null,
		visibility: row.minutes_visibility,
		updatedAt: row.minutes_updated_at,
		announcedAt: row.minutes_announced_at
	};
}

export { minutesOf };

/** Saves the minutes' text, PDF and visibility. */
export async function saveMinutes(
	ctx: Ctx,
	actor: Actor,
	allianceId: string,
	id: string,
	input: MinutesInput,
	file: File | null,
	now = new Date()
): Promise<void> {
	const row = await loadPlenum(ctx, actor, allianceId, id);
	const event = await eventOf(ctx, row);
	const html = sanitizeRichText(input.minutes).html;
	const hasText = html.replace(/<[^>]+>/g, '').trim() !== '';
	let fileId = input.removeFile ? null : row.minutes_file_id;
	if (file) {
		const stored = await storeDocument(ctx, allianceId, actor.userId, file, {
			title: `Protokoll – ${event.title}`,
			listed: false
		});
		if (!stored.ok) throw new AppError('INVALID', stored.error, 'file');
		fileId = stored.file.id;
	}
	const iso = now.toISOString();
	await repo.updatePlenum(ctx.db, allianceId, id, {
		minutes_html: hasText ? html : '',
		minutes_file_id: fileId,
		minutes_visibility: input.visibility,
		minutes_updated_at: hasText || fileId ? iso : null,
		updated_at: iso
	});
	await recordAudit(ctx, {
		allianceId,
		userId: actor.userId,
		action: 'update',
		entity: 'plenum',
		entityId: id,
		summary: `minutes (${input.visibility})`
	});
	// Public minutes appear on the event's pages.
	await contentChanged(ctx, allianceId);
}

/** Public minutes of an event (by its slug), or undefined. */
export async function publicMinutes(
	ctx: Pick<ServiceContext, 'db'>,
	allianceId: string,
	slug: string
) {
	const event = await findEventBySlug(ctx.db, allianceId, slug);
	if (!event || !PUBLIC_STATUSES.includes(event.status)) return undefined;
	const row = await repo.findPlenumByEvent(ctx.db, allianceId, event.id);
	if (!row || row.minutes_visibility !== 'public' || !row.minutes_updated_at) return undefined;
	return {
		event: {
			title: event.title,
			slug: event.slug,
			start: event.start_utc,
			end: event.end_utc,
			allDay: event.all_day === 1
		},
		minutes: await minutesOf(ctx, row)
	};
}

/** Whether the event has public minutes (the event page links to them). */
export async function hasPublicMinutes(
	ctx: Pick<ServiceContext, 'db'>,
	allianceId: string,
	eventId: string
): Promise<boolean> {
	const row = await repo.findMinutesOfEvent(ctx.db, allianceId, eventId);
	return !!row && row.minutes_visibility === 'public' && !!row.minutes_updated_at;
}

/** Plena with minutes, for members of the alliance (/intern/plenum). */
export async function internalMinutesList(
	ctx: Pick<ServiceContext, 'db'>,
	actor: Actor,
	allianceId: string
) {
	await requireAccess(ctx, actor, allianceId, 'member');
	return (await repo.findPlenaWithMinutes(ctx.db, allianceId)).map((p) => ({
		id: p.id,
		title: p.title,
		start: p.start_utc,
		visibility: p.minutes_visibility
	}));
}

/** One plenum's minutes (internal or public), for members of the alliance. */
export async function internalMinutes(
	ctx: Pick<ServiceContext, 'db'>,
	actor: Actor,
	allianceId: string,
	id: string
) {
	await requireAccess(ctx, actor, allianceId, 'member');
	const row = await repo.findPlenum(ctx.db, allianceId, id);
	if (!row || !row.minutes_updated_at) throw new AppError('NOT_FOUND', 'error.notFound');
	const event = await eventOf(ctx, row);
	return {
		event: {
			title: event.title,
			slug: event.slug,
			start: event.start,
			end: event.end,
			allDay: event.allDay
		},
		minutes: await minutesOf(ctx, row)
	};
}

/** Is the file the PDF of internal minutes (served to members only)? */
export function isInternalMinutesFile(
	ctx: Pick<ServiceContext, 'db'>,
	allianceId: string,
	fileId: string
): Promise<boolean> {
	return repo.isInternalMinutesFile(ctx.db, allianceId, fileId);
}
