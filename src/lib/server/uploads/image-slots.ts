/*
 * Image processing is the one thing an upload does that costs real memory: decoding a
 * 10,900 × 10,900 photo takes ~4.6 s and ~100 MB, and four at once added ~390 MB. Uploads wait
 * for a slot instead, so memory stays bounded however many arrive together (sharp itself is
 * loaded on the first image: sharp.ts).
 */

/** How many images are decoded at once (each may use every core through libvips' threads). */
export const IMAGE_SLOTS = 1;

/** A counting semaphore: run(fn) waits for a free slot, runs fn and frees the slot again. */
export class Semaphore {
	#active = 0;
	#peak = 0;
	readonly #waiting: (() => void)[] = [];

	readonly size: number;

	constructor(size: number) {
		this.size = size;
		if (size < 1) throw new Error('semaphore size must be at least 1');
	}

	/** Most tasks that ever ran at the same time (for tests and metrics). */
	get peak(): number {
		return this.#peak;
	}

	get waiting(): number {
		return this.#waiting.length;
	}

	async run<T>(fn: () => Promise<T>): Promise<T> {
		if (this.#active >= this.size) {
			await new Promise<void>((resolve) => this.#waiting.push(resolve));
		} else {
			this.#active++;
		}
		this.#peak = Math.max(this.#peak, this.#active);
		try {
			return await fn();
		} finally {
			const next = this.#waiting.shift();
			// The slot passes straight to the next waiting task; otherwise it is freed.
			if (next) next();
			else this.#active--;
		}
	}
}

export const imageSlots = new Semaphore(IMAGE_SLOTS);
