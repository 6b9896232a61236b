import type { DB } from '../db/db.ts';
import { listAlliances } from '../alliances/alliance.service.ts';
import type { Alliance } from '../alliances/alliance.types.ts';
import { splitPrefix } from '../../tenancy-path.ts';

export interface Resolved {
	alliance: Alliance | null;
	/** '' or '/b/<slug>' */
	prefix: string;
}

/**
 * Knows every alliance of the instance and which one a request belongs to:
 * 1. its own domain (Host header), 2. the path prefix /b/<slug>, 3. the only alliance.
 * The list is kept in memory and read again after `ttlMs` (other instances' changes), at once
 * after a change made by this instance (invalidate()) and — on SQLite, where several processes
 * may serve one database file (PROCESSES) — as soon as another process has committed anything
 * (`watch`, PRAGMA data_version: checked on every request, a few microseconds).
 */
export class AllianceRegistry {
	private alliances: Alliance[] = [];
	private loadedAt = 0;
	private loading: Promise<void> | null = null;

	private readonly db: DB;
	private ttlMs: number;
	private dataVersion: (() => number) | undefined;
	private seenVersion: number | undefined;

	// No parameter properties: plain Node (scripts, the benchmark) runs this file type-stripped.
	constructor(db: DB, ttlMs = 5000) {
		this.db = db;
		this.ttlMs = ttlMs;
	}

	invalidate(): void {
		this.loadedAt = 0;
	}

	/**
	 * Reads the list again whenever `version()` has changed since the last look: another
	 * process wrote to the database, maybe an alliance's content version.
	 */
	watch(version: () => number): void {
		this.dataVersion = version;
		this.seenVersion = version();
	}

	/** Whether the list must be read again (too old, dropped, or another process wrote). */
	private stale(): boolean {
		if (this.dataVersion) {
			const now = this.dataVersion();
			if (now !== this.seenVersion) {
				this.seenVersion = now;
				this.loadedAt = 0;
			}
		}
		return Date.now() - this.loadedAt > this.ttlMs;
	}

	/** How long the list is trusted without a change notice (longer once notices arrive). */
	setTtl(ms: number): void {
		this.ttlMs = ms;
	}

	async all(): Promise<Alliance[]> {
		if (this.stale()) {
			this.loading ??= listAlliances({ db: this.db })
				.then((list) => {
					this.alliances = list;
					this.loadedAt = Date.now();
				})
				.finally(() => {
					this.loading = null;
				});
			await this.loading;
		}
		return this.alliances;
	}

	async resolve(host: string, pathname: string): Promise<Resolved> {
		return this.match(await this.all(), host, pathname);
	}

	/**
	 * The same answer without waiting: undefined while the list is due to be read again
	 * (the caller then takes the normal, asynchronous path).
	 */
	resolveIfFresh(host: string, pathname: string): Resolved | undefined {
		if (this.stale()) return undefined;
		return this.match(this.alliances, host, pathname);
	}

	private match(list: Alliance[], host: string, pathname: string): Resolved {
		const hostname = host.toLowerCase().replace(/:\d+$/, '');
		const byDomain = list.find((a) => a.domain && a.domain.toLowerCase() === hostname);
		if (byDomain) return { alliance: byDomain, prefix: '' };
		const { slug } = splitPrefix(pathname);
		if (slug) {
			const bySlug = list.find((a) => a.slug === slug);
			if (bySlug) return { alliance: bySlug, prefix: `/b/${bySlug.slug}` };
			return { alliance: null, prefix: `/b/${slug}` };
		}
		if (list.length === 1) return { alliance: list[0] ?? null, prefix: '' };
		return { alliance: null, prefix: '' };
	}
}
