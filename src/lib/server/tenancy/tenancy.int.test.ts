import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../tests/support/context.ts';
import { createAlliance } from '../alliances/alliance.service.ts';
import { contentChanged } from '../alliances/content-changed.ts';
import { AllianceRegistry } from './tenancy.ts';

let ctx: TestContext;
beforeAll(async () => {
	ctx = await createTestContext();
});
afterAll(async () => ctx.close());

describe('which alliance a request belongs to', () => {
	it('with one alliance, it is simply the site', async () => {
		const only = await createAlliance(ctx, { slug: 'musterstadt', name: 'Bündnis Musterstadt' });
		const registry = new AllianceRegistry(ctx.db, 0);
		const resolved = await registry.resolve('localhost:3000', '/neuigkeiten');
		expect(resolved.alliance?.id).toBe(only.id);
		expect(resolved.prefix).toBe('');
	});

	it('with several, by own domain first, then by /b/<slug>, else none', async () => {
		const herne = await createAlliance(ctx, {
			slug: 'beispielstadt',
			name: 'Bündnis Beispielstadt',
			domain: 'familie-beispielstadt.example'
		});
		const registry = new AllianceRegistry(ctx.db, 0);
		const byDomain = await registry.resolve('Familie-Beispielstadt.example:443', '/termine');
		expect(byDomain.alliance?.id).toBe(herne.id);
		expect(byDomain.prefix).toBe('');

		const byPrefix = await registry.resolve('buendnisse.example', '/b/musterstadt/kontakt');
		expect(byPrefix.alliance?.slug).toBe('musterstadt');
		expect(byPrefix.prefix).toBe('/b/musterstadt');

		const unknown = await registry.resolve('buendnisse.example', '/b/gibt-es-nicht/kontakt');
		expect(unknown.alliance).toBeNull();

		const platform = await registry.resolve('buendnisse.example', '/');
		expect(platform.alliance).toBeNull();
	});

	it('sees a content change of its own instance at once', async () => {
		const registry = new AllianceRegistry(ctx.db, 60_000);
		const before = await registry.resolve('x', '/b/musterstadt/');
		await contentChanged({ db: ctx.db, registry }, before.alliance!.id);
		const after = await registry.resolve('x', '/b/musterstadt/');
		expect(after.alliance!.contentVersion).toBe(before.alliance!.contentVersion + 1);
	});

	it('reads the list again as soon as another process has written (the watched counter)', async () => {
		// Another process's change, as this one sees it: the row changed behind the registry's
		// back and the database's change counter moved (PRAGMA data_version on SQLite).
		let counter = 1;
		const registry = new AllianceRegistry(ctx.db, 60_000);
		registry.watch(() => counter);
		const before = await registry.resolve('x', '/b/musterstadt/');
		await ctx.db
			.updateTable('alliance')
			.set({ content_version: before.alliance!.contentVersion + 5 })
			.where('id', '=', before.alliance!.id)
			.execute();
		// Without a change of the counter the list is trusted (a minute here).
		expect(registry.resolveIfFresh('x', '/b/musterstadt/')?.alliance?.contentVersion).toBe(
			before.alliance!.contentVersion
		);
		counter++;
		expect(registry.resolveIfFresh('x', '/b/musterstadt/')).toBeUndefined();
		const after = await registry.resolve('x', '/b/musterstadt/');
		expect(after.alliance!.contentVersion).toBe(before.alliance!.contentVersion + 5);
	});
});
