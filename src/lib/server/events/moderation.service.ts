import type { ServiceContext } from '../context.ts';
import * as events from './event.repository.ts';

/** Who organises an event (for the routes' named permission checks); undefined: no such event. */
export async function eventRef(
	ctx: Pick<ServiceContext, 'db'>,
	allianceId: string,
	eventId: string
): Promise<{ organiserPartnerId: string | null } | undefined> {
	const row = await events.findEventById(ctx.db, allianceId, eventId);
	return row ? { organiserPartnerId: row.organiser_partner_id } : undefined;
}
