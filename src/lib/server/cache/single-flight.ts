/*
 * Concurrency helpers of the page cache (docs/decisions/078-render-once.md): one render per
 * cache key however many visitors ask at once, and a bound on how many pages render at a time.
 */

/** Concurrent calls for the same key share one running call and its result. */
export class SingleFlight<T> {
	private running = new Map<string, Promise<T>>();

	/** The call in progress for `key`, if any. */
	pending(key: string): Promise<T> | undefined {
		return this.running.get(key);
	}

	/** Runs `fn` unless a call for `key` is in progress; then waits for that one instead. */
	run(key: string, fn: () => Promise<T>): Promise<T> {
		const current = this.running.get(key);
		if (current) return current;
		const started = (async () => {
			try {
				return await fn();
			} finally {
				this.running.delete(key);
			}
		})();
		this.running.set(key, started);
		return started;
	}

	get size(): number {
		return this.running.size;
	}
}

/** Thrown to a waiter whose request was given up (the client went away) before its turn. */
export class GaveUp extends Error {
	constructor() {
		super('request given up while waiting for a render slot');
	}
}

/** At most `limit` holders at a time; the others wait in arrival order. */
export class Semaphore {
	private active = 0;
	private queue: { grant: () => void; signal?: AbortSignal }[] = [];
	private readonly limit: number;

	// No parameter properties: plain Node loads this file type-stripped (scripts/start.ts).
	constructor(limit: number) {
		this.limit = Math.max(1, limit);
	}

	/** Runs `fn` in a slot. A waiter whose `signal` aborts leaves the queue with GaveUp. */
	async use<T>(fn: () => Promise<T>, signal?: AbortSignal): Promise<T> {
		await this.acquire(signal);
		try {
			// One turn of the event loop before each render: renders chained through promises
			// alone never let the server read from sockets in between, and connections opened
			// during a burst waited seconds for their first answer (docs/performance.md).
			await new Promise((resolve) => setImmediate(resolve));
			if (signal?.aborted) throw new GaveUp();
			return await fn();
		} finally {
			this.release();
		}
	}

	private acquire(signal?: AbortSignal): Promise<void> {
		if (signal?.aborted) return Promise.reject(new GaveUp());
		if (this.active < this.limit) {
			this.active++;
			return Promise.resolve();
		}
		return new Promise<void>((resolve, reject) => {
			const waiter = {
				signal,
				grant: () => {
					signal?.removeEventListener('abort', onAbort);
					resolve();
				}
			};
			const onAbort = () => {
				const i = this.queue.indexOf(waiter);
				if (i !== -1) this.queue.splice(i, 1);
				reject(new GaveUp());
			};
			signal?.addEventListener('abort', onAbort, { once: true });
			this.queue.push(waiter);
		});
	}

	private release(): void {
		const next = this.queue.shift();
		// The slot passes straight to the next waiter (active stays the same).
		if (next) next.grant();
		else this.active--;
	}

	/** Holders now and waiters in the queue. */
	get load(): { active: number; waiting: number } {
		return { active: this.active, waiting: this.queue.length };
	}
}
