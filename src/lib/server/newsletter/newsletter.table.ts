import type { Generated } from 'kysely';

/* Row types of the newsletter (migration 2026-12-06T2000-newsletter). */

export type SubscriberStatus = 'pending' | 'confirmed' | 'bounced';
type IssueStatus = 'draft' | 'sending' | 'sent';
type DeliveryStatus = 'queued' | 'sending' | 'sent' | 'refused' | 'failed';

export interface NewsletterSubscriberTable {
	id: string;
	alliance_id: string;
	email: string;
	locale: Generated<string>;
	topics: Generated<string>;
	status: Generated<SubscriberStatus>;
	consent_text: string;
	consent_at: string;
	confirm_hash: string | null;
	confirmed_at: string | null;
	unsubscribe_token: string;
	bounced_at: string | null;
	bounce_reason: Generated<string>;
	created_at: string;
	updated_at: string;
}

export interface NewsletterIssueTable {
	id: string;
	alliance_id: string;
	subject: string;
	body_html: string;
	topics: Generated<string>;
	status: Generated<IssueStatus>;
	recipient_count: Generated<number>;
	created_by: string | null;
	created_at: string;
	updated_at: string;
	send_started_at: string | null;
	sent_at: string | null;
}

interface NewsletterDeliveryTable {
	id: string;
	alliance_id: string;
	issue_id: string;
	subscriber_id: string | null;
	email: string;
	status: Generated<DeliveryStatus>;
	claimed_at: string | null;
	sent_at: string | null;
	error: Generated<string>;
}

/** Merged into the database type in db/schema.ts. */
export interface NewsletterTables {
	newsletter_subscriber: NewsletterSubscriberTable;
	newsletter_issue: NewsletterIssueTable;
	newsletter_delivery: NewsletterDeliveryTable;
}
