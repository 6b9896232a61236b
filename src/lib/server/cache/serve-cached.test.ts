import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PageCache } from './page-cache.ts';
import { createCacheDeps, serveCached } from './serve-cached.ts';

/*
 * The page cache between visitors and the renderer: `render` stands for SvelteKit rendering
 * the page (it counts how often it is asked and can be held back like a slow render).
 */

const page = (text: string) =>
	new Response(`<!doctype html><p>${text}</p>${'<p>Musterstadt</p>'.repeat(100)}`, {
		headers: { 'content-type': 'text/html; charset=utf-8' }
	});

function renderer(text: () => string) {
	let release: () => void = () => {};
	let held = Promise.resolve();
	const state = {
		calls: 0,
		hold() {
			held = new Promise<void>((resolve) => (release = resolve));
		},
		release: () => release(),
		render: async () => {
			state.calls++;
			await held;
			return page(text());
		}
	};
	return state;
}

describe('serving cached pages', () => {
	it('renders once for fifty visitors who arrive at once after a change', async () => {
		const deps = createCacheDeps(new PageCache());
		const r = renderer(() => 'Termine');
		r.hold();
		const answers = Array.from({ length: 50 }, () =>
			serveCached(deps, 'k|2', { acceptEncoding: 'gzip' }, r.render)
		);
		r.release();
		const done = await Promise.all(answers);
		expect(r.calls).toBe(1);
		for (const answer of done) {
			expect(answer.status).toBe(200);
			expect(answer.headers.get('content-encoding')).toBe('gzip');
			expect(gunzipSync(Buffer.from(await answer.arrayBuffer())).toString()).toContain('Termine');
		}
		// The next visitor gets the stored copy.
		const next = await serveCached(deps, 'k|2', {}, r.render);
		expect(next.headers.get('x-cache')).toBe('hit');
		expect(r.calls).toBe(1);
	});

	it('serves the expired copy while one render refreshes it', async () => {
		const cache = new PageCache(64 * 1024 * 1024, 1000);
		const deps = createCacheDeps(cache);
		let version = 'alt';
		const r = renderer(() => version);
		await serveCached(deps, 'k', {}, r.render);
		// Expire it: the page was stored two seconds ago.
		const stored = cache.getStale('k')!;
		stored.storedAt -= 2000;
		version = 'neu';
		r.hold();
		const refreshing = serveCached(deps, 'k', {}, r.render);
		const meanwhile = await Promise.all(
			Array.from({ length: 10 }, () => serveCached(deps, 'k', {}, r.render))
		);
		for (const answer of meanwhile) {
			expect(answer.headers.get('x-cache')).toBe('stale');
			expect(await answer.text()).toContain('<p>alt</p>');
		}
		r.release();
		expect(await (await refreshing).text()).toContain('<p>neu</p>');
		expect(r.calls).toBe(2);
		expect(await (await serveCached(deps, 'k', {}, r.render)).text()).toContain('<p>neu</p>');
	});

	it('lets every visitor render a page that may not be cached (an error page)', async () => {
		const deps = createCacheDeps(new PageCache());
		let calls = 0;
		const render = async () => {
			calls++;
			return new Response('Nicht gefunden', {
				status: 404,
				headers: { 'content-type': 'text/html' }
			});
		};
		const answers = await Promise.all(
			Array.from({ length: 3 }, () => serveCached(deps, 'k', {}, render))
		);
		expect(answers.map((a) => a.status)).toEqual([404, 404, 404]);
		expect(calls).toBe(3);
		expect(deps.pageCache.size).toBe(0);
	});

	it('answers 304 when the visitor has the current copy', async () => {
		const deps = createCacheDeps(new PageCache());
		const r = renderer(() => 'Neuigkeiten');
		const first = await serveCached(deps, 'k', {}, r.render);
		const etag = first.headers.get('etag')!;
		expect(etag).toMatch(/^W\/"/);
		const again = await serveCached(deps, 'k', { ifNoneMatch: etag }, r.render);
		expect(again.status).toBe(304);
		expect(await again.text()).toBe('');
	});
});
