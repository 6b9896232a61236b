import type { ServiceContext } from '../context.ts';
import * as repo from './plenum.repository.ts';

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
		await repo.deleteDeliveries(ctx.db, p.alliance_id, p.id);
		await repo.updatePlenum(ctx.db, p.alliance_id, p.id, {
			extra_addresses: '',
			addresses_deleted_at: iso
		});
	}
	if (due.length) ctx.log.info({ count: due.length }, 'plenum: addresses deleted after retention');
	return due.length;
}
