import { describe, expect, it } from 'vitest';
import { Semaphore } from './image-slots.ts';

function deferred() {
	let resolve!: () => void;
	const promise = new Promise<void>((r) => (resolve = r));
	return { promise, resolve };
}

describe('Semaphore', () => {
	it('runs at most `size` tasks at once and the rest in arrival order', async () => {
		const slots = new Semaphore(2);
		const gates = [deferred(), deferred(), deferred(), deferred()];
		const started: number[] = [];
		const runs = gates.map((gate, i) =>
			slots.run(async () => {
				started.push(i);
				await gate.promise;
				return i;
			})
		);
		await Promise.resolve();
		expect(started).toEqual([0, 1]);
		expect(slots.waiting).toBe(2);
		gates[1]?.resolve();
		await runs[1];
		await Promise.resolve();
		expect(started).toEqual([0, 1, 2]);
		for (const gate of gates) gate.resolve();
		expect(await Promise.all(runs)).toEqual([0, 1, 2, 3]);
		expect(slots.peak).toBe(2);
	});

	it('frees the slot when a task fails', async () => {
		const slots = new Semaphore(1);
		await expect(slots.run(() => Promise.reject(new Error('kaputt')))).rejects.toThrow('kaputt');
		expect(await slots.run(async () => 'weiter')).toBe('weiter');
		expect(slots.waiting).toBe(0);
	});
});
