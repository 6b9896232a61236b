import { describe, expect, it } from 'vitest';
import { VersionedMemo } from './versioned-memo.ts';

describe('VersionedMemo: a value per alliance, computed once per content version', () => {
	it('computes once per version and again after a change', async () => {
		const memo = new VersionedMemo<string[]>(1024 * 1024);
		let computed = 0;
		const read = (version: number) =>
			memo.get('alliance-a', version, async () => {
				computed++;
				return [`partners of version ${version}`];
			});
		expect(await read(1)).toEqual(['partners of version 1']);
		expect(await read(1)).toEqual(['partners of version 1']);
		expect(computed).toBe(1);
		expect(await read(2)).toEqual(['partners of version 2']);
		expect(computed).toBe(2);
	});

	it('shares one computation between concurrent readers and forgets a failed one', async () => {
		const memo = new VersionedMemo<number>(1024);
		let computed = 0;
		const slow = () =>
			memo.get('a', 1, async () => {
				computed++;
				await new Promise((resolve) => setImmediate(resolve));
				return 42;
			});
		expect(await Promise.all([slow(), slow(), slow()])).toEqual([42, 42, 42]);
		expect(computed).toBe(1);
		await expect(
			memo.get('b', 1, () => Promise.reject(new Error('database gone')))
		).rejects.toThrow('database gone');
		expect(await memo.get('b', 1, async () => 7)).toBe(7);
	});

	it('stays within its byte budget, dropping the least recently used alliance first', async () => {
		// Each value is estimated at 1,000 bytes; room for three.
		const memo = new VersionedMemo<string>(3000, () => 1000);
		for (const id of ['a', 'b', 'c']) await memo.get(id, 1, async () => id);
		await memo.get('a', 1, async () => 'recomputed'); // a is used again: b is now the oldest
		await memo.get('d', 1, async () => 'd');
		await new Promise((resolve) => setImmediate(resolve));
		expect(memo.bytes).toBeLessThanOrEqual(3000);
		expect(await memo.get('a', 1, async () => 'recomputed')).toBe('a');
		expect(await memo.get('b', 1, async () => 'recomputed')).toBe('recomputed');
	});
});
