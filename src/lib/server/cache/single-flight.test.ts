import { describe, expect, it, vi } from 'vitest';
import { GaveUp, Semaphore, SingleFlight } from './single-flight.ts';

/** A promise the test resolves when it wants. */
function gate<T = void>() {
	let open!: (value: T) => void;
	const promise = new Promise<T>((resolve) => (open = resolve));
	return { promise, open };
}

describe('single flight', () => {
	it('runs one call for concurrent callers of the same key and gives all of them its result', async () => {
		const flights = new SingleFlight<string>();
		const release = gate();
		let calls = 0;
		const render = async () => {
			calls++;
			await release.promise;
			return 'Seite';
		};
		const waiting = Array.from({ length: 50 }, () => flights.run('termine', render));
		expect(flights.pending('termine')).toBeDefined();
		release.open();
		expect(await Promise.all(waiting)).toEqual(Array(50).fill('Seite'));
		expect(calls).toBe(1);
		// Done: the next call runs again (a later change needs a new render).
		expect(flights.pending('termine')).toBeUndefined();
		await flights.run('termine', render);
		expect(calls).toBe(2);
	});

	it('keeps different keys apart and forgets a failed call', async () => {
		const flights = new SingleFlight<number>();
		const [a, b] = await Promise.all([
			flights.run('a', async () => 1),
			flights.run('b', async () => 2)
		]);
		expect([a, b]).toEqual([1, 2]);
		await expect(
			flights.run('a', async () => {
				throw new Error('kaputt');
			})
		).rejects.toThrow('kaputt');
		expect(await flights.run('a', async () => 3)).toBe(3);
	});
});

describe('render slots', () => {
	it('lets at most `limit` run at once; the rest follow in order', async () => {
		const slots = new Semaphore(2);
		let running = 0;
		let most = 0;
		const order: number[] = [];
		const gates = Array.from({ length: 5 }, () => gate());
		const jobs = gates.map((g, i) =>
			slots.use(async () => {
				running++;
				most = Math.max(most, running);
				await g.promise;
				order.push(i);
				running--;
			})
		);
		expect(slots.load).toEqual({ active: 2, waiting: 3 });
		await vi.waitFor(() => expect(running).toBe(2));
		for (const g of gates) g.open();
		await Promise.all(jobs);
		expect(most).toBe(2);
		expect(order).toEqual([0, 1, 2, 3, 4]);
		expect(slots.load).toEqual({ active: 0, waiting: 0 });
	});

	it('lets the server read its sockets between two renders', async () => {
		// A render chained to the one before it through promises alone would run before any I/O
		// that became ready meanwhile: new connections waited seconds under load.
		const slots = new Semaphore(1);
		const seen: string[] = [];
		const first = slots.use(async () => {
			setImmediate(() => seen.push('I/O'));
			seen.push('first render');
		});
		const second = slots.use(async () => {
			seen.push('second render');
		});
		await Promise.all([first, second]);
		expect(seen).toEqual(['first render', 'I/O', 'second render']);
	});

	it('drops a waiter whose client went away, without running it', async () => {
		const slots = new Semaphore(1);
		const hold = gate();
		const first = slots.use(() => hold.promise);
		const gone = new AbortController();
		let ran = false;
		const second = slots.use(async () => {
			ran = true;
		}, gone.signal);
		gone.abort();
		await expect(second).rejects.toBeInstanceOf(GaveUp);
		hold.open();
		await first;
		expect(ran).toBe(false);
		expect(slots.load).toEqual({ active: 0, waiting: 0 });
	});
});
