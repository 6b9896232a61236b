import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { answerFromCache, compressBody, etagOf, negotiateEncoding } from './encoding.ts';
import type { CachedPage } from './page-cache.ts';

const html = `<!doctype html><html lang="de"><body>${'<p>Familiennachmittag im Stadtpark – Spiele, Musik und Kaffee.</p>'.repeat(200)}</body></html>`;

async function cached(text = html): Promise<CachedPage> {
	const body = new TextEncoder().encode(text);
	return {
		status: 200,
		headers: [
			['content-type', 'text/html; charset=utf-8'],
			['content-length', String(body.byteLength)],
			['vary', 'Cookie']
		],
		body,
		storedAt: Date.now(),
		etag: etagOf(body),
		...(await compressBody(body))
	};
}

const header = (answer: { headers: [string, string][] }, name: string) =>
	answer.headers.find(([n]) => n === name)?.[1];

describe('compressed cached pages', () => {
	it('sends brotli or gzip as the browser asks; decoded, the bytes are the original page', async () => {
		const page = await cached();
		const br = answerFromCache(page, { acceptEncoding: 'gzip, deflate, br, zstd' });
		expect(header(br, 'content-encoding')).toBe('br');
		expect(brotliDecompressSync(br.body!).toString('utf8')).toBe(html);
		expect(Number(header(br, 'content-length'))).toBe(br.body!.byteLength);
		expect(br.body!.byteLength).toBeLessThan(page.body.byteLength / 4);

		const gz = answerFromCache(page, { acceptEncoding: 'gzip' });
		expect(header(gz, 'content-encoding')).toBe('gzip');
		expect(gunzipSync(gz.body!).toString('utf8')).toBe(html);

		const plain = answerFromCache(page, {});
		expect(header(plain, 'content-encoding')).toBeUndefined();
		expect(new TextDecoder().decode(plain.body!)).toBe(html);
		expect(header(plain, 'content-length')).toBe(String(page.body.byteLength));
		// Caches on the way keep the encodings apart; the page's own Vary stays.
		for (const answer of [br, gz, plain])
			expect(header(answer, 'vary')).toBe('Cookie, Accept-Encoding');
		expect(header(br, 'etag')).toBe(header(plain, 'etag'));
	});

	it('follows the weights of Accept-Encoding, q=0 refuses', () => {
		const both = { br: true, gzip: true };
		expect(negotiateEncoding('br;q=0, gzip', both)).toBe('gzip');
		expect(negotiateEncoding('gzip;q=1, br;q=0.5', both)).toBe('gzip');
		expect(negotiateEncoding('*', both)).toBe('br');
		expect(negotiateEncoding('*;q=0', both)).toBe('identity');
		expect(negotiateEncoding('identity', both)).toBe('identity');
		expect(negotiateEncoding('br', { br: false, gzip: true })).toBe('identity');
		expect(negotiateEncoding(undefined, both)).toBe('identity');
	});

	it('keeps small pages as they are', async () => {
		const page = await cached('<p>kurz</p>');
		expect(page.br).toBeUndefined();
		expect(
			header(answerFromCache(page, { acceptEncoding: 'br' }), 'content-encoding')
		).toBeUndefined();
	});

	it('answers a current If-None-Match with 304 and no body', async () => {
		const page = await cached();
		const first = answerFromCache(page, { acceptEncoding: 'br' });
		const etag = header(first, 'etag')!;
		const again = answerFromCache(page, { acceptEncoding: 'br', ifNoneMatch: etag });
		expect(again.status).toBe(304);
		expect(again.body).toBeNull();
		expect(header(again, 'etag')).toBe(etag);
		expect(header(again, 'vary')).toBe('Cookie, Accept-Encoding');
		expect(header(again, 'content-type')).toBeUndefined();
		// A strong form of the same tag and lists match too; another tag does not.
		expect(answerFromCache(page, { ifNoneMatch: `"x", ${etag.slice(2)}` }).status).toBe(304);
		expect(answerFromCache(page, { ifNoneMatch: 'W/"anders"' }).status).toBe(200);
	});
});
