import type { ServiceContext } from '../context.ts';
import * as repo from './plenum.repository.ts';
import * as deliveryRepo from './plenum-delivery.repository.ts';

/** Days after a plenum ended until its mail addresses (deliveries, further addresses) go. */
export const PLENUM_ADDRESSES_KEPT_DAYS = 90;

/**
 * Deletes the delivery rows (who got which mail) and the further addresses typed by the
 * coordinators of every plenum that ended more than PLENUM_ADDRESSES_KEPT_DAYS ago. The
 * numbers on the plenum (how many were invited) stay. Returns how many plena were cleared.
 */
export async function deleteExpiredPlenumAddresses(
	ctx: Pick<ServiceContext, 'db' | 'log'>,
	now = new Date()
): Promise<number> {
	const before = new Date(now.getTime() - PLENUM_ADDRESSES_KEPT_DAYS * 86_400_000).toISOString();
	const due = await repo.findPlenaWithAddressesBefore(ctx.db, before);
	const iso = now.toISOString();
	for (const p of due) {
		await deliveryRepo.deleteDeliveries(ctx.db, p.alliance_id, p.id);
		await repo.updatePlenum(ctx.db, p.alliance_id, p.id, {
			extra_addresses: '',
			addresses_deleted_at: iso
		});
	}
	if (due.length) ctx.log.info({ count: due.length }, 'plenum: addresses deleted after retention');
	return due.length;
}

/** What the plenum keeps about an address (data protection request, Art. 15). */
export async function plenumDataOf(
	ctx: Pick<ServiceContext, 'db'>,
	allianceId: string,
	email: string
): Promise<unknown[]> {
	const address = email.trim().toLowerCase();
	const deliveries = await deliveryRepo.findDeliveriesByEmail(ctx.db, allianceId, address);
	const listed = (await repo.findPlenaWithExtraAddress(ctx.db, allianceId, address)).filter((p) =>
		p.extra_addresses.split('\n').includes(address)
	);
	return [
		...deliveries.map((d) => ({
			plenum: d.plenum_id,
			mail: d.kind,
			status: d.status,
			sentAt: d.sent_at
		})),
		...listed.map((p) => ({ plenum: p.id, furtherAddress: address }))
	];
}

/** Deletes an address from the plenum's mail records and further addresses (Art. 17). */
export async function erasePlenumData(
	ctx: Pick<ServiceContext, 'db'>,
	allianceId: string,
	email: string
): Promise<number> {
	const address = email.trim().toLowerCase();
	let count = await deliveryRepo.deleteDeliveriesByEmail(ctx.db, allianceId, address);
	for (const p of await repo.findPlenaWithExtraAddress(ctx.db, allianceId, address)) {
		const list = p.extra_addresses.split('\n');
		if (!list.includes(address)) continue;
		await repo.updatePlenum(ctx.db, allianceId, p.id, {
			extra_addresses: list.filter((a) => a !== address).join('\n')
		});
		count++;
	}
	return count;
}
