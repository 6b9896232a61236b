import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../tests/support/context.ts';
import { createAlliance } from '../alliances/alliance.service.ts';
import { storeImage } from '../uploads/upload-store.service.ts';
import { createNews, updateNews } from './news-edit.service.ts';
import { deleteNews } from './news-delete.service.ts';
import { findNewsBySlug, getNews, latestNews, publishedNewsPage } from './news-read.service.ts';
import { localToUtc, utcToLocal } from './time.ts';
import { newsInputFromForm } from './news-form.route.ts';

let ctx: TestContext;
let a: string;
let b: string;

const daysAgo = (n: number) => new Date(Date.now() - n * 86400000).toISOString();

beforeAll(async () => {
	ctx = await createTestContext();
	a = (await createAlliance(ctx, { slug: 'a-stadt', name: 'Bündnis A' })).id;
	b = (await createAlliance(ctx, { slug: 'b-stadt', name: 'Bündnis B' })).id;
});
afterAll(async () => {
	await ctx.close();
});

async function post(allianceId: string, input: Parameters<typeof createNews>[3]) {
	const result = await createNews(ctx, allianceId, null, input);
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	return result.post;
}

describe('news', () => {
	it('makes unique addresses from titles', async () => {
		const one = await post(a, { title: 'Familienfest im Stadtpark', publishedAt: daysAgo(3) });
		const two = await post(a, { title: 'Familienfest im Stadtpark', publishedAt: daysAgo(2) });
		expect(one.slug).toBe('familienfest-im-stadtpark');
		expect(two.slug).toBe('familienfest-im-stadtpark-2');
		expect(one.path).toBe('/neuigkeiten/familienfest-im-stadtpark');
		// Another alliance may use the same address.
		expect((await post(b, { title: 'Familienfest im Stadtpark' })).slug).toBe(
			'familienfest-im-stadtpark'
		);
	});

	it('keeps drafts and scheduled posts off the public list', async () => {
		const draft = await post(a, { title: 'Entwurf: Plenum', publishedAt: null });
		const future = new Date(Date.now() + 7 * 86400000).toISOString();
		const scheduled = await post(a, { title: 'Ferienbetreuung', publishedAt: future });
		expect(draft.status).toBe('draft');
		expect(scheduled.status).toBe('scheduled');
		const list = await publishedNewsPage(ctx, a, 1);
		expect(list.posts.map((p) => p.title)).toEqual([
			'Familienfest im Stadtpark',
			'Familienfest im Stadtpark'
		]);
		expect(await findNewsBySlug(ctx, a, scheduled.slug)).toBeUndefined();
		expect(await findNewsBySlug(ctx, a, draft.slug)).toBeUndefined();
		expect((await findNewsBySlug(ctx, a, draft.slug, { includeDrafts: true }))?.status).toBe(
			'draft'
		);
	});

	it('pages the public list by ten, newest first', async () => {
		for (let i = 0; i < 12; i++) {
			await post(a, { title: `Meldung ${i}`, publishedAt: daysAgo(20 + i) });
		}
		const first = await publishedNewsPage(ctx, a, 1);
		expect(first.total).toBe(14);
		expect(first.pages).toBe(2);
		expect(first.posts).toHaveLength(10);
		const second = await publishedNewsPage(ctx, a, 2);
		expect(second.posts).toHaveLength(4);
		expect(second.posts.at(-1)?.title).toBe('Meldung 11');
		expect((await publishedNewsPage(ctx, a, 9)).posts).toHaveLength(0);
		expect((await publishedNewsPage(ctx, a, -1)).page).toBe(1);
		expect((await latestNews(ctx, a, 3)).map((p) => p.title)).toEqual([
			'Familienfest im Stadtpark',
			'Familienfest im Stadtpark',
			'Meldung 0'
		]);
	});

	it('sanitises the body and keeps the old post when a save is refused', async () => {
		const p = await post(a, {
			title: 'Neue Bündnispartner',
			body: '<p>Willkommen!</p><iframe src="https://x.example"></iframe>',
			publishedAt: daysAgo(1)
		});
		expect(p.bodyHtml).toBe('<p>Willkommen!</p>');
		const refused = await updateNews(ctx, a, null, p.id, {
			title: 'Geändert',
			body: '<img src="/dateien/x">'
		});
		expect(refused).toEqual({ ok: false, errors: { body: 'content.imageWithoutAlt' } });
		const taken = await updateNews(ctx, a, null, p.id, {
			title: 'Geändert',
			slug: 'familienfest-im-stadtpark'
		});
		expect(taken).toEqual({ ok: false, errors: { slug: 'news.slugTaken' } });
		expect(await getNews(ctx, a, p.id)).toMatchObject({
			title: 'Neue Bündnispartner',
			bodyHtml: '<p>Willkommen!</p>'
		});
	});

	it('shows an image with its alternative text, only the alliance’s own', async () => {
		const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#f80' } })
			.png()
			.toBuffer();
		const stored = await storeImage(ctx, a, null, new File([png], 'fest.png'), {
			alt: 'Kinder beim Sackhüpfen'
		});
		if (!stored.ok) throw new Error(stored.error);
		const p = await post(a, {
			title: 'Mit Bild',
			imageId: stored.file.id,
			publishedAt: daysAgo(0)
		});
		expect(p.image).toMatchObject({ alt: 'Kinder beim Sackhüpfen', width: 40 });
		// B cannot attach A's image.
		expect(await createNews(ctx, b, null, { title: 'Fremd', imageId: stored.file.id })).toEqual({
			ok: false,
			errors: { image: 'error.invalid' }
		});
	});

	it('never lets one alliance read, change or delete another’s posts', async () => {
		const p = await post(a, { title: 'Nur A', publishedAt: daysAgo(1) });
		expect(await getNews(ctx, b, p.id)).toBeUndefined();
		expect(await findNewsBySlug(ctx, b, 'nur-a')).toBeUndefined();
		expect(await updateNews(ctx, b, null, p.id, { title: 'Gekapert' })).toEqual({
			ok: false,
			errors: { _form: 'news.notFound' }
		});
		expect(await deleteNews(ctx, b, null, p.id)).toBe(false);
		expect(await deleteNews(ctx, a, null, p.id)).toBe(true);
		expect(await getNews(ctx, a, p.id)).toBeUndefined();
	});
});

describe('Berlin time', () => {
	it('converts local form times to UTC and back, summer and winter', () => {
		expect(localToUtc('2026-07-01T14:30')).toBe('2026-07-01T12:30:00.000Z');
		expect(localToUtc('2026-01-15T09:00')).toBe('2026-01-15T08:00:00.000Z');
		expect(localToUtc('2026-02-30T09:00')).toBeUndefined();
		expect(utcToLocal('2026-07-01T12:30:00.000Z')).toBe('2026-07-01T14:30');
		expect(utcToLocal(null)).toBe('');
	});
});

describe('news form', () => {
	const base = {
		title: 'Plenum',
		slug: '',
		summary: '',
		body: '',
		imageAlt: '',
		removeImage: false
	};

	it('turns status and Berlin time into the publication instant', async () => {
		const draft = await newsInputFromForm(
			ctx,
			a,
			null,
			{ ...base, status: 'draft', publishAt: '' },
			null
		);
		expect(draft.ok && draft.input.publishedAt).toBeNull();
		const scheduled = await newsInputFromForm(
			ctx,
			a,
			null,
			{ ...base, status: 'published', publishAt: '2030-07-01T10:00' },
			null
		);
		expect(scheduled.ok && scheduled.input.publishedAt).toBe('2030-07-01T08:00:00.000Z');
		const before = Date.now();
		const now = await newsInputFromForm(
			ctx,
			a,
			null,
			{ ...base, status: 'published', publishAt: '' },
			null
		);
		// "Now" is the moment of saving, however long the machine took for it.
		const after = Date.now();
		const at = now.ok ? Date.parse(now.input.publishedAt ?? '') : NaN;
		expect(at).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
		expect(at).toBeLessThanOrEqual(after);
	});

	it('keeps the first publication date when a published post is saved again', async () => {
		const p = await post(a, { title: 'Alt', publishedAt: daysAgo(30) });
		const again = await newsInputFromForm(
			ctx,
			a,
			null,
			{ ...base, status: 'published', publishAt: '' },
			null,
			p
		);
		expect(again.ok && again.input.publishedAt).toBe(p.publishedAt);
	});

	it('needs a description for a new image and refuses non-images', async () => {
		const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#0af' } })
			.png()
			.toBuffer();
		const noAlt = await newsInputFromForm(
			ctx,
			a,
			null,
			{ ...base, status: 'draft', publishAt: '' },
			new File([png], 'x.png')
		);
		expect(noAlt).toEqual({ ok: false, errors: { imageAlt: 'upload.altRequired' } });
		const notImage = await newsInputFromForm(
			ctx,
			a,
			null,
			{ ...base, status: 'draft', publishAt: '', imageAlt: 'x' },
			new File(['hallo'], 'x.png')
		);
		expect(notImage).toEqual({ ok: false, errors: { image: 'upload.wrongType' } });
	});
});
