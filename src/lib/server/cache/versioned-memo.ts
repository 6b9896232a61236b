/*
 * A value per alliance that only a change of its content can alter (the calendar filter's
 * partners and districts), computed once per content version instead of on every render.
 * Keyed by alliance id, checked against the alliance's content version (the same version the
 * page cache keys on, so both see a change at once, on every instance); bounded by an estimate
 * of the bytes held, the least recently used dropped first.
 */
export class VersionedMemo<T> {
	readonly #entries = new Map<
		string,
		{ version: number | string; value: Promise<T>; bytes: number }
	>();
	#bytes = 0;

	readonly maxBytes: number;
	/** Estimated size of a value in bytes */
	readonly sizeOf: (value: T) => number;

	// No parameter properties: plain Node (scripts, the benchmark) runs this file type-stripped.
	constructor(
		maxBytes: number,
		sizeOf: (value: T) => number = (value) => JSON.stringify(value).length * 2
	) {
		this.maxBytes = maxBytes;
		this.sizeOf = sizeOf;
	}

	/** `version`: the content version, or a text of it and whatever else the value depends on */
	get(key: string, version: number | string, compute: () => Promise<T>): Promise<T> {
		const hit = this.#entries.get(key);
		if (hit && hit.version === version) {
			// Most recently used last: the Map's order is the eviction order.
			this.#entries.delete(key);
			this.#entries.set(key, hit);
			return hit.value;
		}
		this.#drop(key);
		const entry = { version, value: compute(), bytes: 0 };
		this.#entries.set(key, entry);
		entry.value.then(
			(value) => {
				if (this.#entries.get(key) !== entry) return;
				entry.bytes = this.sizeOf(value);
				this.#bytes += entry.bytes;
				this.#evict();
			},
			() => {
				if (this.#entries.get(key) === entry) this.#entries.delete(key);
			}
		);
		return entry.value;
	}

	/** Bytes held (estimate) */
	get bytes(): number {
		return this.#bytes;
	}

	#drop(key: string): void {
		const entry = this.#entries.get(key);
		if (!entry) return;
		this.#bytes -= entry.bytes;
		this.#entries.delete(key);
	}

	#evict(): void {
		for (const key of this.#entries.keys()) {
			if (this.#bytes <= this.maxBytes) return;
			this.#drop(key);
		}
	}
}
