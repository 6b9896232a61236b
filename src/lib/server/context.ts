import type { Logger } from 'pino';
import type { DB, Dialects } from './db/db.ts';
import type { Mailer } from './mail/mailer.ts';
import type { AllianceRegistry } from './tenancy/tenancy.ts';

/** What services need from the outside world; routes get it from getApp(), tests build their own. */
export interface ServiceContext {
	db: DB;
	dialect: Dialects;
	mailer: Mailer;
	log: Logger;
	/** Folder for uploaded files */
	uploadDir: string;
	/** Base URL for links in mails when an alliance has no domain of its own */
	publicUrl: string;
	/** This instance's alliance list; refreshed after changes (see alliances/content-changed.ts) */
	registry?: AllianceRegistry;
}
