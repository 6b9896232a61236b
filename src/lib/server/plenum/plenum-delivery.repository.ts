import type { DB } from '../db/db.ts';
import { deliveryRows } from '../mail/delivery.repository.ts';
import type { PlenumDeliveryTable, PlenumMailKind } from './plenum.table.ts';

/* SQL of the plenum's mail deliveries (one row per address and kind), including what
 * data protection requests find and delete. Filtered by alliance_id (the send job's scan excepted). */

// --- deliveries -------------------------------------------------------------------------------

export interface DeliveryInput {
	email: string;
	name: string;
	source: PlenumDeliveryTable['source'];
	subscriberId: string | null;
	locale: 'de' | 'en';
	variant?: string;
}

/** One row per address; an address already listed for this plenum and kind is skipped. */
export async function insertDeliveries(
	db: DB,
	allianceId: string,
	plenumId: string,
	kind: PlenumMailKind,
	recipients: readonly DeliveryInput[]
): Promise<void> {
	for (let i = 0; i < recipients.length; i += 200) {
		const chunk = recipients.slice(i, i + 200);
		await db
			.insertInto('plenum_delivery')
			.values(
				chunk.map((r) => ({
					id: crypto.randomUUID(),
					alliance_id: allianceId,
					plenum_id: plenumId,
					kind,
					email: r.email,
					name: r.name.slice(0, 200),
					locale: r.locale,
					source: r.source,
					subscriber_id: r.subscriberId,
					variant: r.variant ?? ''
				}))
			)
			.onConflict((oc) => oc.columns(['plenum_id', 'kind', 'email']).doNothing())
			.execute();
	}
}

export function findQueuedDeliveries(
	db: DB,
	allianceId: string,
	plenumId: string,
	kind: PlenumMailKind,
	limit: number
) {
	return db
		.selectFrom('plenum_delivery')
		.leftJoin('newsletter_subscriber', 'newsletter_subscriber.id', 'plenum_delivery.subscriber_id')
		.select([
			'plenum_delivery.id',
			'plenum_delivery.email',
			'plenum_delivery.name',
			'plenum_delivery.source',
			'plenum_delivery.variant',
			'plenum_delivery.locale',
			'newsletter_subscriber.unsubscribe_token',
			'newsletter_subscriber.status as subscriber_status'
		])
		.where('plenum_delivery.alliance_id', '=', allianceId)
		.where('plenum_delivery.plenum_id', '=', plenumId)
		.where('plenum_delivery.kind', '=', kind)
		.where('plenum_delivery.status', '=', 'queued')
		.orderBy('plenum_delivery.email')
		.limit(limit)
		.execute();
}

export const { claimDelivery, finishDelivery } = deliveryRows('plenum_delivery');

export async function countDeliveries(
	db: DB,
	allianceId: string,
	plenumId: string,
	kind: PlenumMailKind
): Promise<Partial<Record<string, number>>> {
	const rows = await db
		.selectFrom('plenum_delivery')
		.select(['status', (eb) => eb.fn.countAll<string | number>().as('n')])
		.where('alliance_id', '=', allianceId)
		.where('plenum_id', '=', plenumId)
		.where('kind', '=', kind)
		.groupBy('status')
		.execute();
	return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

/** Addresses an invitation was handed to the mail server for. */
export function findInvited(db: DB, allianceId: string, plenumId: string) {
	return db
		.selectFrom('plenum_delivery')
		.select(['email', 'name', 'source', 'subscriber_id', 'locale'])
		.where('alliance_id', '=', allianceId)
		.where('plenum_id', '=', plenumId)
		.where('kind', '=', 'invitation')
		.where('status', '=', 'sent')
		.execute();
}

export async function deleteDeliveries(db: DB, allianceId: string, plenumId: string) {
	await db
		.deleteFrom('plenum_delivery')
		.where('alliance_id', '=', allianceId)
		.where('plenum_id', '=', plenumId)
		.execute();
}

// --- data protection requests -----------------------------------------------------------------

export function findDeliveriesByEmail(db: DB, allianceId: string, email: string) {
	return db
		.selectFrom('plenum_delivery')
		.select(['plenum_id', 'kind', 'status', 'sent_at'])
		.where('alliance_id', '=', allianceId)
		.where('email', '=', email)
		.execute();
}

export async function deleteDeliveriesByEmail(
	db: DB,
	allianceId: string,
	email: string
): Promise<number> {
	const result = await db
		.deleteFrom('plenum_delivery')
		.where('alliance_id', '=', allianceId)
		.where('email', '=', email)
		.executeTakeFirst();
	return Number(result.numDeletedRows);
}
