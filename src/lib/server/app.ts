import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import { createAuth, type Auth } from './auth/auth.ts';
import { authMailHooks } from './auth/auth.mails.ts';
import type { ServiceContext } from './context.ts';
import { createDb, type DbHandle } from './db/db.ts';
import { migrateToLatest } from './db/migrate.ts';
import { env, type Env } from './env.ts';
import { createLogger } from './logger.ts';
import { createMailer } from './mail/mailer.ts';
import { mailBrandOf } from './alliances/mail-brand.service.ts';
import { AllianceRegistry } from './tenancy/tenancy.ts';
import { listenForChanges } from './tenancy/change-notices.ts';
import { refreshStatistics } from './db/statistics.ts';
import { seedDemo } from './demo/seed.ts';
import { DEMO_OPERATOR_FILE } from './demo/demo-logins.ts';
import { needsOperatorSetup } from './platform/operator-setup.service.ts';
import { PageCache, pageCacheBytes } from './cache/page-cache.ts';
import { startJobs } from './jobs/start.ts';
import { recordMailFailure } from './ops/metrics.ts';

export interface App extends ServiceContext {
	env: Env;
	handle: DbHandle;
	auth: Auth;
	registry: AllianceRegistry;
	log: Logger;
	pageCache: PageCache;
}

/** Set on globalThis when the installation has no operator yet (read by scripts/start.ts). */
const NEEDS_SETUP = Symbol.for('buendnis.needsOperatorSetup');

let app: App | undefined;
let starting: Promise<App> | undefined;

function authSecret(e: Env, log: Logger): string {
	if (e.AUTH_SECRET) return e.AUTH_SECRET;
	const file = path.join(e.dataDir, 'auth-secret');
	if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
	fs.mkdirSync(e.dataDir, { recursive: true });
	const secret = crypto.randomBytes(32).toString('base64url');
	fs.writeFileSync(file, secret, { mode: 0o600 });
	log.warn({ file }, 'AUTH_SECRET not set: generated one and stored it in DATA_DIR');
	return secret;
}

function publicUrlOf(e: Env): string {
	return (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '');
}

/** Builds the whole application from settings: database (migrated), auth, mail, tenancy. */
export async function buildApp(e: Env): Promise<App> {
	const log = createLogger(e.LOG_LEVEL);
	const slowMs = e.LOG_SLOW_QUERIES_MS;
	const handle = createDb({
		databaseUrl: e.DATABASE_URL,
		dataDir: e.dataDir,
		...(slowMs === undefined
			? {}
			: {
					onQuery: (sql: string, ms: number) => {
						if (ms >= slowMs) log.warn({ ms: Math.round(ms * 100) / 100, sql }, 'slow query');
					}
				})
	});
	const applied = await migrateToLatest(handle.db);
	if (applied.length) log.info({ applied }, 'migrations applied');
	const plainMailer = createMailer(
		{
			from: e.SMTP_FROM ?? 'noreply@localhost',
			smtp: e.SMTP_HOST
				? {
						host: e.SMTP_HOST,
						port: e.SMTP_PORT,
						secure: e.SMTP_SECURE,
						user: e.SMTP_USER,
						password: e.SMTP_PASSWORD
					}
				: undefined,
			dropDir: e.mailDir,
			brandOf: (allianceId) =>
				mailBrandOf({ db: handle.db, uploadDir: e.uploadDir, log }, allianceId)
		},
		log
	);
	// The pooled SMTP connections close with the server.
	process.once('sveltekit:shutdown', () => plainMailer.close?.());
	// Mail failures are counted for /metrics.
	const mailer: typeof plainMailer = {
		...plainMailer,
		async send(message) {
			try {
				await plainMailer.send(message);
			} catch (error) {
				recordMailFailure();
				throw error;
			}
		}
	};
	const publicUrl = publicUrlOf(e);
	const auth = createAuth({
		db: handle.db,
		dialect: handle.dialect,
		secret: authSecret(e, log),
		baseURL: publicUrl,
		mail: authMailHooks(mailer, publicUrl)
	});
	const built: App = {
		env: e,
		handle,
		db: handle.db,
		dialect: handle.dialect,
		auth,
		mailer,
		log,
		registry: new AllianceRegistry(handle.db),
		pageCache: new PageCache(pageCacheBytes(1, e.PAGE_CACHE_MAX_MB)),
		uploadDir: e.uploadDir,
		publicUrl
	};
	if (e.SEED_DEMO) {
		await seedDemo(built, { operatorPasswordFile: path.join(e.dataDir, DEMO_OPERATOR_FILE) });
	}
	if (await needsOperatorSetup(built)) {
		log.warn('no operator account yet: run `npm run setup`');
		// scripts/start.ts (same process, other module graph) prints the hint in its banner.
		(globalThis as Record<symbol, unknown>)[NEEDS_SETUP] = true;
	}
	return built;
}

/** The process-wide application, started once (hooks.server init). */
export function startApp(): Promise<App> {
	starting ??= buildApp(env()).then((built) => {
		app = built;
		startJobs(built, { enabled: built.env.JOB_RUNNER });
		if (built.dialect === 'postgres' && built.env.DATABASE_URL) {
			// Changes made through other instances reach this one at once (not after the TTL).
			const listener = listenForChanges(
				{ databaseUrl: built.env.DATABASE_URL },
				() => built.registry.invalidate(),
				built.log
			);
			process.once('sveltekit:shutdown', () => void listener.stop());
			// With notices the list need not be re-read every few seconds; a minute is the net
			// for a notice lost while the listening connection was down.
			built.registry.setTtl(60_000);
		}
		// SQLite: other processes on the same file (PROCESSES, scripts/start.ts) are seen by the
		// file's change counter, checked per request.
		if (built.handle.dataVersion) built.registry.watch(built.handle.dataVersion);
		// Fresh planner statistics after start and migrations (in the background).
		void refreshStatistics(built.db).catch((error: unknown) =>
			built.log.warn({ err: error }, 'could not refresh database statistics')
		);
		return built;
	});
	return starting;
}

export function getApp(): App {
	if (!app) throw new Error('App not started');
	return app;
}
