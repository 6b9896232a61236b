import { describe, expect, it } from 'vitest';
import { cachedBody } from './calendar-feed.service.ts';

describe('feed bodies', () => {
	it('are built once for ten readers who ask at the same time after a change', async () => {
		const etag = `"test-${crypto.randomUUID()}"`;
		let builds = 0;
		let release: () => void = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		const build = async () => {
			builds++;
			await held;
			return 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n';
		};
		const readers = Array.from({ length: 10 }, () => cachedBody(etag, build));
		release();
		expect(new Set(await Promise.all(readers))).toEqual(
			new Set(['BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n'])
		);
		expect(builds).toBe(1);
		// Kept while current: a later reader gets it without a build.
		await cachedBody(etag, build);
		expect(builds).toBe(1);
	});

	it('builds again after a failed build', async () => {
		const etag = `"test-${crypto.randomUUID()}"`;
		await expect(
			cachedBody(etag, async () => {
				throw new Error('Datenbank weg');
			})
		).rejects.toThrow('Datenbank weg');
		expect(await cachedBody(etag, async () => 'ok')).toBe('ok');
	});
});
