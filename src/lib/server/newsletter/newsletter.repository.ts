import type { Insertable, Updateable } from 'kysely';
import type { DB } from '../db/db.ts';
import { deliveryRows } from '../mail/delivery.repository.ts';
import type {
	NewsletterIssueTable,
	NewsletterSubscriberTable,
	SubscriberStatus
} from './newsletter.table.ts';

/* SQL of the newsletter; every query is filtered by alliance_id. No rules here. */

// --- subscribers ------------------------------------------------------------------------------

export function findSubscriberByEmail(db: DB, allianceId: string, email: string) {
	return db
		.selectFrom('newsletter_subscriber')
		.selectAll()
		.where('alliance_id', '=', allianceId)
		.where('email', '=', email)
		.executeTakeFirst();
}

export function findSubscriberByConfirmHash(db: DB, allianceId: string, hash: string) {
	return db
		.selectFrom('newsletter_subscriber')
		.selectAll()
		.where('alliance_id', '=', allianceId)
		.where('confirm_hash', '=', hash)
		.executeTakeFirst();
}

export function findSubscriberByUnsubscribeToken(db: DB, allianceId: string, token: string) {
	return db
		.selectFrom('newsletter_subscriber')
		.selectAll()
		.where('alliance_id', '=', allianceId)
		.where('unsubscribe_token', '=', token)
		.executeTakeFirst();
}

export async function insertSubscriber(
	db: DB,
	row: Insertable<NewsletterSubscriberTable>
): Promise<void> {
	await db.insertInto('newsletter_subscriber').values(row).execute();
}

export async function updateSubscriber(
	db: DB,
	allianceId: string,
	id: string,
	patch: Updateable<NewsletterSubscriberTable>
): Promise<void> {
	await db
		.updateTable('newsletter_subscriber')
		.set(patch)
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.execute();
}

export async function deleteSubscriber(db: DB, allianceId: string, id: string): Promise<number> {
	const result = await db
		.deleteFrom('newsletter_subscriber')
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.executeTakeFirst();
	return Number(result.numDeletedRows);
}

/** Unconfirmed subscriptions made before `before`, across all alliances (the clean-up job). */
export async function deleteUnconfirmedBefore(db: DB, before: string): Promise<number> {
	const result = await db
		.deleteFrom('newsletter_subscriber')
		.where('status', '=', 'pending')
		.where('created_at', '<', before)
		.executeTakeFirst();
	return Number(result.numDeletedRows);
}

export function findSubscribers(db: DB, allianceId: string, status: SubscriberStatus) {
	return db
		.selectFrom('newsletter_subscriber')
		.select(['id', 'email', 'topics', 'locale'])
		.where('alliance_id', '=', allianceId)
		.where('status', '=', status)
		.execute();
}

export async function countSubscribers(db: DB, allianceId: string): Promise<number> {
	const row = await db
		.selectFrom('newsletter_subscriber')
		.select((eb) => eb.fn.countAll<string | number>().as('n'))
		.where('alliance_id', '=', allianceId)
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

export async function markBounced(
	db: DB,
	allianceId: string,
	email: string,
	reason: string,
	now: string
): Promise<void> {
	await db
		.updateTable('newsletter_subscriber')
		.set({
			status: 'bounced',
			bounced_at: now,
			bounce_reason: reason.slice(0, 500),
			updated_at: now
		})
		.where('alliance_id', '=', allianceId)
		.where('email', '=', email)
		.execute();
}

// --- issues -----------------------------------------------------------------------------------

export async function insertIssue(db: DB, row: Insertable<NewsletterIssueTable>): Promise<void> {
	await db.insertInto('newsletter_issue').values(row).execute();
}

export async function updateIssue(
	db: DB,
	allianceId: string,
	id: string,
	patch: Updateable<NewsletterIssueTable>,
	onlyStatus?: 'draft' | 'sending' | 'sent'
): Promise<number> {
	let query = db
		.updateTable('newsletter_issue')
		.set(patch)
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id);
	if (onlyStatus) query = query.where('status', '=', onlyStatus);
	const result = await query.executeTakeFirst();
	return Number(result.numUpdatedRows);
}

export async function deleteIssue(db: DB, allianceId: string, id: string): Promise<number> {
	const result = await db
		.deleteFrom('newsletter_issue')
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.where('status', '=', 'draft')
		.executeTakeFirst();
	return Number(result.numDeletedRows);
}

export function findIssue(db: DB, allianceId: string, id: string) {
	return db
		.selectFrom('newsletter_issue')
		.selectAll()
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.executeTakeFirst();
}

export function findIssues(db: DB, allianceId: string) {
	return db
		.selectFrom('newsletter_issue')
		.selectAll()
		.where('alliance_id', '=', allianceId)
		.orderBy('created_at', 'desc')
		.limit(200)
		.execute();
}

export function findSentIssues(db: DB, allianceId: string) {
	return db
		.selectFrom('newsletter_issue')
		.select(['id', 'subject', 'sent_at'])
		.where('alliance_id', '=', allianceId)
		.where('status', '=', 'sent')
		.orderBy('sent_at', 'desc')
		.limit(500)
		.execute();
}

export async function countIssues(db: DB, allianceId: string): Promise<number> {
	const row = await db
		.selectFrom('newsletter_issue')
		.select((eb) => eb.fn.countAll<string | number>().as('n'))
		.where('alliance_id', '=', allianceId)
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

// --- deliveries -------------------------------------------------------------------------------

/** One row per recipient; an address already listed for this issue is skipped (unique key). */
export async function insertDeliveries(
	db: DB,
	allianceId: string,
	issueId: string,
	recipients: { subscriberId: string; email: string }[]
): Promise<void> {
	for (let i = 0; i < recipients.length; i += 200) {
		const chunk = recipients.slice(i, i + 200);
		await db
			.insertInto('newsletter_delivery')
			.values(
				chunk.map((r) => ({
					id: crypto.randomUUID(),
					alliance_id: allianceId,
					issue_id: issueId,
					subscriber_id: r.subscriberId,
					email: r.email
				}))
			)
			.onConflict((oc) => oc.columns(['issue_id', 'email']).doNothing())
			.execute();
	}
}

export function findQueuedDeliveries(db: DB, allianceId: string, issueId: string, limit: number) {
	return db
		.selectFrom('newsletter_delivery')
		.leftJoin(
			'newsletter_subscriber',
			'newsletter_subscriber.id',
			'newsletter_delivery.subscriber_id'
		)
		.select([
			'newsletter_delivery.id',
			'newsletter_delivery.email',
			'newsletter_subscriber.locale',
			'newsletter_subscriber.unsubscribe_token',
			'newsletter_subscriber.status as subscriber_status'
		])
		.where('newsletter_delivery.alliance_id', '=', allianceId)
		.where('newsletter_delivery.issue_id', '=', issueId)
		.where('newsletter_delivery.status', '=', 'queued')
		.orderBy('newsletter_delivery.email')
		.limit(limit)
		.execute();
}

export const { claimDelivery, finishDelivery } = deliveryRows('newsletter_delivery');

export async function countDeliveries(db: DB, allianceId: string, issueId: string) {
	const rows = await db
		.selectFrom('newsletter_delivery')
		.select(['status', (eb) => eb.fn.countAll<string | number>().as('n')])
		.where('alliance_id', '=', allianceId)
		.where('issue_id', '=', issueId)
		.groupBy('status')
		.execute();
	return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)])) as Partial<
		Record<string, number>
	>;
}
