import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../tests/support/context.ts';
import { createAlliance } from '../alliances/alliance.service.ts';
import { listDocuments, listImages } from '../uploads/upload.service.ts';
import { seedContentDemo } from './content.demo.ts';
import { demoNews } from './content.demo-news.ts';
import { publishedNewsPage } from './news-read.service.ts';
import { findPageByPath, navigation } from './page.service.ts';

let ctx: TestContext;
let a: string;
beforeAll(async () => {
	ctx = await createTestContext();
	a = (await createAlliance(ctx, { slug: 'musterstadt', name: 'Bündnis Musterstadt' })).id;
});
afterAll(async () => {
	await ctx.close();
});

describe('seedContentDemo', () => {
	it('creates pages, 55 news over three years, a PDF and an image – once', async () => {
		expect(await seedContentDemo(ctx, a, null)).toBe(true);
		expect(await seedContentDemo(ctx, a, null)).toBe(false);

		const nav = await navigation(ctx, a);
		expect(nav.map((n) => n.title)).toEqual(['Über uns', 'Hilfe und Beratung']);
		expect(nav[0]?.children.map((c) => c.title)).toEqual([
			'Hintergrund und Ziele',
			'Vision und Aufgaben',
			'Schwerpunktthemen',
			'Geschichte',
			'Koordinierungsteam'
		]);
		const vision = await findPageByPath(ctx, a, ['ueber-uns', 'vision-und-aufgaben']);
		const [doc] = await listDocuments(ctx, a, { listedOnly: true });
		expect(doc?.title).toBe('Leitbild – Langversion');
		expect(vision?.page.bodyHtml).toContain(`href="/dateien/${doc?.id}"`);
		expect(await listImages(ctx, a)).toHaveLength(1);

		const news = await publishedNewsPage(ctx, a, 1);
		expect(news.total).toBe(55);
		expect(news.pages).toBe(6);
	});

	it('spreads the news over the last three years, newest in the past', () => {
		const now = new Date('2026-11-21T12:00:00Z');
		const items = demoNews(now);
		expect(items).toHaveLength(55);
		expect(new Set(items.map((i) => i.title)).size).toBe(55);
		expect(items[0]!.publishedAt > '2023-11-21').toBe(true);
		expect(items.at(-1)!.publishedAt < now.toISOString()).toBe(true);
	});
});
