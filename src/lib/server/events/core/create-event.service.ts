import { contentChanged } from '../../alliances/content-changed.ts';
import { isUniqueViolation } from '../../content/db-errors.ts';
import type { EventTable } from './event.table.ts';
import type { Insertable } from 'kysely';
import { assertMayEditEvent, assertMaySetStatus } from './event-access.ts';
import * as repo from './event.repository.ts';
import * as relationRepo from './event-relations.repository.ts';
import {
	actorUserId,
	type CalendarEvent,
	type EventActor,
	type EventInput,
	type EventSource,
	type EventStatus
} from './event.types.ts';
import { rebuildOccurrences } from './occurrence-cache.ts';
import { DEFAULT_TIME_ZONE } from './time-zone.ts';
import type { WriteCtx } from './event.service.ts';
import {
	assertReferences,
	columnsOf,
	recordEventChange,
	uidHost,
	uniqueSlug
} from './event-write.ts';
import { getEvent, validateEventInput } from './event.service.ts';

/* Creating an event (single or series). See event.service.ts for the transaction rule. */

export interface CreateOptions {
	/** Default 'draft'. Partner contacts may only use draft or submitted. */
	status?: EventStatus;
	source?: EventSource;
	sourceFeedId?: string | null;
	externalUid?: string | null;
	submitter?: { name: string; email: string } | null;
	now?: Date;
}

/** Creates an event (single or series) with its occurrences. */
export async function createEvent(
	ctx: WriteCtx,
	actor: EventActor,
	allianceId: string,
	raw: EventInput,
	options: CreateOptions = {}
): Promise<CalendarEvent> {
	const input = validateEventInput(raw);
	const status = options.status ?? 'draft';
	const role = await assertMayEditEvent(ctx.db, actor, allianceId, [input.organiserPartnerId]);
	assertMaySetStatus(role, status);
	const now = options.now ?? new Date();
	const nowIso = now.toISOString();
	const id = crypto.randomUUID();

	const attempt = () =>
		ctx.db.transaction().execute(async (trx) => {
			const partnerName = await assertReferences(trx, allianceId, input);
			const row: Insertable<EventTable> = {
				id,
				alliance_id: allianceId,
				slug: await uniqueSlug(trx, allianceId, input.title),
				uid: `${id}@${uidHost(ctx.publicUrl)}`,
				time_zone: DEFAULT_TIME_ZONE,
				...columnsOf(input, partnerName),
				status,
				source: options.source ?? 'manual',
				source_feed_id: options.sourceFeedId ?? null,
				external_uid: options.externalUid ?? null,
				submitter_name: options.submitter?.name ?? null,
				submitter_email: options.submitter?.email ?? null,
				published_at: status === 'published' ? nowIso : null,
				created_at: nowIso,
				created_by: actorUserId(actor),
				updated_at: nowIso,
				updated_by: actorUserId(actor)
			};
			await repo.insertEvent(trx, row);
			await relationRepo.replaceRelations(trx, id, input);
			const saved = await repo.findEventById(trx, allianceId, id);
			if (!saved) throw new Error('event not saved');
			await rebuildOccurrences(trx, saved, now);
			await recordEventChange(
				trx,
				actor,
				allianceId,
				{ id, title: input.title },
				{ action: 'create', changes: { status: [null, status] } },
				nowIso
			);
		});
	try {
		await attempt();
	} catch (error) {
		// Two people saving the same title at the same moment: the unique slug index decides; retry once.
		if (!isUniqueViolation(error)) throw error;
		await attempt();
	}
	await contentChanged(ctx, allianceId);
	const created = await getEvent(ctx, allianceId, id);
	if (!created) throw new Error('event not found after create');
	return created;
}
