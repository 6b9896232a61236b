import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../tests/support/context.ts';
import { createAlliance } from '../alliances/alliance.service.ts';
import { contentChanged } from '../alliances/content-changed.ts';
import { AllianceRegistry } from '../tenancy/tenancy.ts';
import { gunzipSync } from 'node:zlib';
import { cachedPageFor, rawAnswer } from './fast-path.ts';
import { toCachedPage } from './serve-cached.ts';
import { PageCache, pageCacheKey } from './page-cache.ts';

let ctx: TestContext;
beforeAll(async () => {
	ctx = await createTestContext();
});
afterAll(async () => ctx.close());

const page = (text: string) => ({
	status: 200,
	headers: [['content-type', 'text/html']] as [string, string][],
	body: new TextEncoder().encode(text),
	storedAt: Date.now()
});

describe('answering cached pages before SvelteKit', () => {
	it('serves what the hooks stored, only to anonymous GETs, and never after a content change', async () => {
		const alliance = await createAlliance(ctx, {
			slug: 'musterstadt',
			name: 'Bündnis Musterstadt'
		});
		const registry = new AllianceRegistry(ctx.db, 60_000);
		const pageCache = new PageCache();
		const deps = { registry, pageCache };
		const req = (url: string, cookie = '', method = 'GET') => ({
			method,
			url,
			headers: { host: 'familie.example', cookie }
		});

		// The registry has not been read yet: take the normal path.
		expect(cachedPageFor(deps, req('/neuigkeiten?seite=2'))).toBeUndefined();
		await registry.all();
		pageCache.set(
			pageCacheKey(
				alliance.id,
				alliance.contentVersion,
				'de',
				'http://familie.example',
				'/neuigkeiten?seite=2'
			),
			page('Seite 2')
		);
		expect(cachedPageFor(deps, req('/neuigkeiten?seite=2'))?.body).toEqual(
			new TextEncoder().encode('Seite 2')
		);
		// English visitors, signed-in people, POSTs and the admin never get it.
		expect(cachedPageFor(deps, req('/neuigkeiten?seite=2', 'lang=en'))).toBeUndefined();
		expect(
			cachedPageFor(deps, req('/neuigkeiten?seite=2', 'better-auth.session_token=x'))
		).toBeUndefined();
		expect(cachedPageFor(deps, req('/neuigkeiten?seite=2', '', 'POST'))).toBeUndefined();
		expect(cachedPageFor(deps, req('/admin'))).toBeUndefined();

		await contentChanged({ db: ctx.db, registry }, alliance.id);
		await registry.all();
		expect(cachedPageFor(deps, req('/neuigkeiten?seite=2'))).toBeUndefined();
	});

	it('answers If-None-Match with 304 and Accept-Encoding with the stored compressed copy', async () => {
		const alliance = await createAlliance(ctx, { slug: 'nordstadt', name: 'Bündnis Nordstadt' });
		const registry = new AllianceRegistry(ctx.db, 60_000);
		const pageCache = new PageCache();
		await registry.all();
		const html = `<!doctype html><h1>Termine</h1>${'<p>Familiencafé</p>'.repeat(300)}`;
		pageCache.set(
			pageCacheKey(
				alliance.id,
				alliance.contentVersion,
				'de',
				'http://nord.example',
				'/b/nordstadt/termine'
			),
			await toCachedPage(new Response(html, { headers: { 'content-type': 'text/html' } }))
		);
		const req = (headers: Record<string, string> = {}) => ({
			method: 'GET',
			url: '/b/nordstadt/termine',
			headers: { host: 'nord.example', ...headers }
		});
		const hit = cachedPageFor({ registry, pageCache }, req());
		expect(hit).toBeDefined();
		const gz = rawAnswer(hit!, req({ 'accept-encoding': 'gzip, deflate' }));
		expect(gz.status).toBe(200);
		expect(gunzipSync(gz.body!).toString('utf8')).toBe(html);
		const etag = gz.headers.find(([n]) => n === 'etag')?.[1] ?? '';
		const again = rawAnswer(hit!, req({ 'accept-encoding': 'gzip', 'if-none-match': etag }));
		expect(again.status).toBe(304);
		expect(again.body).toBeNull();
	});
});
