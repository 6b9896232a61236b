import { describe, expect, it, vi } from 'vitest';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { cachedEncodedBody } from './feed-cache.ts';
import { feedResponse } from './feed-response.ts';

/** The body for `etag` as text (built once and kept while it is current). */
async function cachedBody(etag: string, build: () => Promise<string>): Promise<string> {
	return new TextDecoder().decode((await cachedEncodedBody(etag, build)).bytes);
}

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

	it('are compressed once and sent as gzip to calendar apps that ask for it', async () => {
		const etag = `"test-${crypto.randomUUID()}"`;
		const text = `BEGIN:VCALENDAR\r\n${'BEGIN:VEVENT\r\nSUMMARY:Elterncafé\r\nEND:VEVENT\r\n'.repeat(500)}END:VCALENDAR\r\n`;
		let builds = 0;
		const build = async () => {
			builds++;
			return text;
		};
		const validators = { etag, lastModified: new Date('2026-12-01T10:00:00Z') };
		const ask = (acceptEncoding?: string) =>
			feedResponse(
				new Request('http://familie.example/termine/feed.ics', {
					headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}
				}),
				validators,
				'text/calendar; charset=utf-8',
				() => cachedEncodedBody(etag, build, { acceptEncoding })
			);
		const zipped = await ask('gzip, deflate');
		expect(zipped.headers.get('content-encoding')).toBe('gzip');
		expect(zipped.headers.get('vary')).toMatch(/Accept-Encoding/);
		const bytes = Buffer.from(await zipped.arrayBuffer());
		expect(bytes.length).toBeLessThan(text.length / 10);
		expect(gunzipSync(bytes).toString('utf8')).toBe(text);
		const plain = await ask();
		expect(plain.headers.get('content-encoding')).toBeNull();
		expect(await plain.text()).toBe(text);
		expect(builds).toBe(1);
	});

	it('answers a client without compression at once, before the compressed copies are made', async () => {
		const etag = '"plain-first"';
		const text = `BEGIN:VCALENDAR\r\n${'BEGIN:VEVENT\r\nSUMMARY:Kinderkino\r\nEND:VEVENT\r\n'.repeat(500)}END:VCALENDAR\r\n`;
		const build = async () => text;
		const first = await cachedEncodedBody(etag, build);
		expect(new TextDecoder().decode(first.bytes)).toBe(text);
		expect(first.gzip).toBeUndefined();
		// A client asking for gzip waits for the copies; afterwards everyone gets them.
		const zipped = await cachedEncodedBody(etag, build, { acceptEncoding: 'gzip, deflate, br' });
		expect(gunzipSync(zipped.gzip!).toString('utf8')).toBe(text);
		expect((await cachedEncodedBody(etag, build)).gzip).toBeDefined();
		// A client that takes only brotli waits for brotli.
		const brotli = await cachedEncodedBody(etag, build, { acceptEncoding: 'br' });
		expect(brotliDecompressSync(brotli.br!).toString('utf8')).toBe(text);
	});

	it('sends a quick gzip copy first and the smaller one as soon as it is made', async () => {
		const etag = `"quick-${crypto.randomUUID()}"`;
		const places = ['Stadtbücherei', 'Familienzentrum Nord', 'Rathaus', 'Jugendtreff Süd'];
		const events = Array.from(
			{ length: 3000 },
			(_, i) =>
				`BEGIN:VEVENT\r\nUID:${(i * 7919).toString(36)}-${i}@musterstadt.example\r\nSUMMARY:Treffen ${i}\r\nLOCATION:${places[i % 4]}\r\nDTSTART:2027${String(1 + (i % 12)).padStart(2, '0')}${String(1 + (i % 28)).padStart(2, '0')}T${String(8 + (i % 10)).padStart(2, '0')}0000Z\r\nEND:VEVENT\r\n`
		);
		const text = `BEGIN:VCALENDAR\r\n${events.join('')}END:VCALENDAR\r\n`;
		const build = async () => text;
		const first = await cachedEncodedBody(etag, build, { acceptEncoding: 'gzip' });
		const quick = first.gzip!;
		expect(gunzipSync(quick).toString('utf8')).toBe(text);
		// Once brotli and the smaller gzip copy are made, later answers carry that one.
		await vi.waitFor(
			async () => {
				const later = (await cachedEncodedBody(etag, build, { acceptEncoding: 'gzip' })).gzip!;
				expect(later.byteLength).toBeLessThan(quick.byteLength);
			},
			{ timeout: 10_000, interval: 20 }
		);
		const later = (await cachedEncodedBody(etag, build, { acceptEncoding: 'gzip' })).gzip!;
		expect(gunzipSync(later).toString('utf8')).toBe(text);
	});

	it('keeps one version per feed address: a new version replaces the former one', async () => {
		const id = crypto.randomUUID();
		const feed = `ics|de|https://familie.example/termine/feed.ics?${id}`;
		let builds = 0;
		const build = async () => {
			builds++;
			return `BEGIN:VCALENDAR\r\nX-BUILD:${builds}\r\nEND:VCALENDAR\r\n`;
		};
		const text = async (etag: string) =>
			new TextDecoder().decode((await cachedEncodedBody(etag, build, { feed })).bytes);
		expect(await text(`"v1-${id}"`)).toContain('X-BUILD:1');
		expect(await text(`"v2-${id}"`)).toContain('X-BUILD:2');
		// The current version is kept …
		expect(await text(`"v2-${id}"`)).toContain('X-BUILD:2');
		// … the former one is gone (nobody asks for it after a change; asked anyway, it is rebuilt).
		expect(await text(`"v1-${id}"`)).toContain('X-BUILD:3');
	});
});
