import type { ServiceContext } from '../../context.ts';
import { env } from '../../env.ts';
import type { IcsProblem } from './ics-parse.ts';
import * as repo from './import.repository.ts';
import { type FetchPolicy } from './safe-fetch.ts';

/* What the subscriptions (import-feeds.service.ts) and the sync (import-sync.service.ts) share. */

export type ImportCtx = Pick<
	ServiceContext,
	'db' | 'dialect' | 'registry' | 'publicUrl' | 'mailer' | 'log'
> & {
	/** Tests only: lets the import reach the local test server (see safe-fetch.ts). */
	fetchPolicy?: FetchPolicy;
};

/** Public remark on an event that the source calendar no longer lists. */
export const REMOVED_NOTE = 'Dieser Termin steht nicht mehr im Kalender des Veranstalters.';
/** Public remark on an event the source calendar marks as cancelled. */
export const CANCELLED_NOTE = 'Laut Kalender des Veranstalters abgesagt.';

export interface SyncResult {
	ok: boolean;
	notModified?: boolean;
	created: number;
	updated: number;
	unchanged: number;
	cancelled: number;
	removed: number;
	skipped: number;
	/** A few reasons for skipped events: "UID: message key" */
	problems: string[];
	/** Per event: what was skipped or repaired and why (at most MAX_REPORTED) */
	events?: IcsProblem[];
	/** import.error.* on failure */
	error?: string;
}

export interface Feed {
	id: string;
	name: string;
	url: string;
	partnerId: string | null;
	partnerName: string | null;
	autoPublish: boolean;
	intervalMinutes: number;
	enabled: boolean;
	lastAttemptAt: string | null;
	lastSuccessAt: string | null;
	lastStatus: 'ok' | 'error' | null;
	lastError: string;
	lastErrorDetail: string;
	lastResult: Partial<SyncResult>;
	eventCount?: number;
	syncQueued?: boolean;
}

export function toFeed(row: repo.FeedRow): Feed {
	let lastResult: Partial<SyncResult>;
	try {
		lastResult = JSON.parse(row.last_result) as Partial<SyncResult>;
	} catch {
		lastResult = {};
	}
	return {
		id: row.id,
		name: row.name,
		url: row.url,
		partnerId: row.partner_id,
		partnerName: row.partner_name,
		autoPublish: row.auto_publish === 1,
		intervalMinutes: row.interval_minutes,
		enabled: row.enabled === 1,
		lastAttemptAt: row.last_attempt_at,
		lastSuccessAt: row.last_success_at,
		lastStatus: row.last_status,
		lastError: row.last_error,
		lastErrorDetail: row.last_error_detail,
		lastResult
	};
}

export const scheduleKey = (feedId: string) => `import:${feedId}`;

/** How many per-event notes a sync keeps for the status page. */
export const MAX_REPORTED = 200;

/** The SSRF policy: public addresses, plus the hosts the operator allows (IMPORT_ALLOWED_HOSTS). */
export function fetchPolicyOf(ctx: Pick<ImportCtx, 'fetchPolicy'>): FetchPolicy {
	return { allowHosts: env().IMPORT_ALLOWED_HOSTS, ...ctx.fetchPolicy };
}

/** Lets timers and other requests run between two pieces of import work. */
export const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));
