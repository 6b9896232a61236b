import type { DB } from '../db/db.ts';

/**
 * The delivery rows of mail sent in batches (newsletter issues, plenum mails) share one life:
 * queued → sending (claimed by exactly one sender) → sent, refused or failed, or back to queued
 * when the SMTP server asks to try again later. Each feature keeps its own table; the claim and
 * the outcome are written here once.
 */
export type DeliveryTable = 'newsletter_delivery' | 'plenum_delivery';
export type DeliveryOutcome = 'sent' | 'refused' | 'failed' | 'queued';

export function deliveryRows(table: DeliveryTable) {
	return {
		/**
		 * Takes one delivery for sending: true only for the one caller whose update changed the row
		 * from queued to sending. A delivery left in `sending` by a crash is never sent again.
		 */
		async claimDelivery(db: DB, allianceId: string, id: string, now: string): Promise<boolean> {
			const result = await db
				.updateTable(table)
				.set({ status: 'sending', claimed_at: now })
				.where('alliance_id', '=', allianceId)
				.where('id', '=', id)
				.where('status', '=', 'queued')
				.executeTakeFirst();
			return Number(result.numUpdatedRows) === 1;
		},

		/** Records how the sending went; `queued` puts the row back for a later batch. */
		async finishDelivery(
			db: DB,
			allianceId: string,
			id: string,
			status: DeliveryOutcome,
			now: string,
			error = ''
		): Promise<void> {
			await db
				.updateTable(table)
				.set({
					status,
					sent_at: status === 'sent' ? now : null,
					error: error.slice(0, 500),
					...(status === 'queued' ? { claimed_at: null } : {})
				})
				.where('alliance_id', '=', allianceId)
				.where('id', '=', id)
				.execute();
		}
	};
}
