import { requireAccess } from '../../access/access.service.ts';
import { AppError } from '../../app-error.ts';
import type { DB } from '../../db/db.ts';
import type { EventActor, EventStatus } from './event.types.ts';

/*
 * Who may change which event — checked again in every service, against the database, whatever
 * the route already checked (the rule itself lives in access/access.rules.ts). Coordinators and
 * editors: every event of their alliance. Partner contacts: only events organised by a partner
 * they speak for, and never decide about publication (they draft and submit; moderation is the
 * coordinators'). The system (imports, seeds) may do anything inside the alliance it was called for.
 */

export type EventRole = 'staff' | 'partner' | 'system';

/** Statuses a partner contact may set on their own events. */
export const PARTNER_STATUSES: readonly EventStatus[] = ['draft', 'submitted'];

/**
 * Throws AppError 403 unless the actor may edit events organised by `organiserPartnerIds`
 * (null = the alliance itself; pass the old and the new organiser on a change).
 */
export async function assertMayEditEvent(
	db: DB,
	actor: EventActor,
	allianceId: string,
	organiserPartnerIds: readonly (string | null)[]
): Promise<EventRole> {
	const grant = await requireAccess({ db }, actor, allianceId, 'event.edit', organiserPartnerIds);
	return grant.system ? 'system' : grant.asPartner ? 'partner' : 'staff';
}

/** Throws unless `role` may give an event the status. */
export function assertMaySetStatus(role: EventRole, status: EventStatus): void {
	if (role === 'partner' && !PARTNER_STATUSES.includes(status)) {
		throw new AppError('FORBIDDEN', 'error.forbidden');
	}
}
