import fs from 'node:fs';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../tests/support/context.ts';
import { createAlliance } from '../alliances/alliance.service.ts';
import { createPage } from '../content/page-edit.service.ts';
import { renderPdf } from '../pdf/pdf-document.ts';
import { MAX_DOCUMENT_BYTES, MAX_IMAGE_BYTES } from './upload.schema.ts';
import { deleteFile, updateDocument } from './upload-edit.service.ts';
import { getFile, listDocuments, listedDocumentsPage, locateFile } from './upload.service.ts';
import { storeDocument, storeImage } from './upload-store.service.ts';

let ctx: TestContext;
let a: string;
let b: string;

beforeAll(async () => {
	ctx = await createTestContext();
	a = (await createAlliance(ctx, { slug: 'a-stadt', name: 'Bündnis A' })).id;
	b = (await createAlliance(ctx, { slug: 'b-stadt', name: 'Bündnis B' })).id;
});
afterAll(async () => {
	await ctx.close();
});

const file = (bytes: Uint8Array, name: string, type = 'application/octet-stream') =>
	new File([bytes as BlobPart], name, { type });

/** A 3000×1500 JPEG, stored with EXIF orientation 6 (to be turned by 90°) and a GPS tag. */
async function photoWithExif(): Promise<Uint8Array> {
	return sharp({ create: { width: 3000, height: 1500, channels: 3, background: '#3a7' } })
		.jpeg()
		.withMetadata({
			orientation: 6,
			exif: {
				IFD0: { Artist: 'Erika Mustermann', Copyright: 'privat' },
				IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 0/1' }
			}
		})
		.toBuffer();
}

describe('storeImage', () => {
	it('turns the photo upright, scales it down and strips all metadata', async () => {
		const original = await photoWithExif();
		const before = await sharp(original).metadata();
		expect(before.exif).toBeDefined();

		const result = await storeImage(ctx, a, null, file(original, 'IMG_0001.JPG', 'image/jpeg'), {
			alt: 'Kinder beim Sommerfest'
		});
		if (!result.ok) throw new Error(result.error);
		expect(result.file.kind).toBe('image');
		expect(result.file.mime).toBe('image/jpeg');
		expect(result.file.alt).toBe('Kinder beim Sommerfest');
		// Orientation 6: 3000×1500 becomes 1500×3000; it fits the 2000 px width already.
		expect(result.file.width).toBe(1500);
		expect(result.file.height).toBe(3000);

		const located = await locateFile(ctx, a, result.file.id);
		expect(located?.absolutePath.startsWith(ctx.uploadDir)).toBe(true);
		const stored = fs.readFileSync(located!.absolutePath);
		const meta = await sharp(stored).metadata();
		expect(meta.exif).toBeUndefined();
		expect(meta.xmp).toBeUndefined();
		expect(meta.iptc).toBeUndefined();
		expect(meta.orientation).toBeUndefined();
		expect(stored.includes(Buffer.from('Erika'))).toBe(false);
	});

	it('scales wide images to 2000 px and re-encodes PNG as WebP', async () => {
		const png = await sharp({
			create: { width: 2600, height: 400, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } }
		})
			.png()
			.toBuffer();
		const result = await storeImage(ctx, a, null, file(png, 'banner.png', 'image/png'));
		if (!result.ok) throw new Error(result.error);
		expect(result.file.mime).toBe('image/webp');
		expect(result.file.width).toBe(2000);
		expect(result.file.originalName).toBe('banner.webp');
	});

	it('honours a smaller maxWidth', async () => {
		const png = await sharp({
			create: { width: 800, height: 800, channels: 3, background: '#fff' }
		})
			.png()
			.toBuffer();
		const result = await storeImage(ctx, a, null, file(png, 'logo.png'), { maxWidth: 400 });
		if (!result.ok) throw new Error(result.error);
		expect(result.file.width).toBe(400);
	});

	it('sniffs the type from the bytes, not from the name or the browser', async () => {
		const pdf = await testPdf('Kein Bild', 'Text');
		expect(await storeImage(ctx, a, null, file(pdf, 'foto.jpg', 'image/jpeg'))).toEqual({
			ok: false,
			error: 'upload.wrongType'
		});
		const html = new TextEncoder().encode('<html><script>alert(1)</script></html>');
		expect(await storeImage(ctx, a, null, file(html, 'bild.png', 'image/png'))).toEqual({
			ok: false,
			error: 'upload.wrongType'
		});
		const svg = new TextEncoder().encode(
			'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>'
		);
		expect(await storeImage(ctx, a, null, file(svg, 'bild.svg', 'image/svg+xml'))).toEqual({
			ok: false,
			error: 'upload.wrongType'
		});
	});

	it('refuses empty and too large files before reading them', async () => {
		expect(await storeImage(ctx, a, null, file(new Uint8Array(0), 'leer.jpg'))).toEqual({
			ok: false,
			error: 'upload.empty'
		});
		expect(await storeImage(ctx, a, null, null)).toEqual({ ok: false, error: 'upload.empty' });
		const big = new Uint8Array(MAX_IMAGE_BYTES + 1);
		expect(await storeImage(ctx, a, null, file(big, 'gross.jpg'))).toEqual({
			ok: false,
			error: 'upload.tooLarge'
		});
	});

	it('reports a damaged image instead of failing', async () => {
		const broken = new Uint8Array([
			0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 2, 3
		]);
		expect(await storeImage(ctx, a, null, file(broken, 'kaputt.jpg'))).toEqual({
			ok: false,
			error: 'upload.damaged'
		});
	});
});

function testPdf(title: string, text: string): Promise<Buffer> {
	return renderPdf({ title, lang: 'de-DE' }, [{ kind: 'paragraph', text }]);
}

describe('storeDocument', () => {
	it('stores a PDF with title, description and listing', async () => {
		const pdf = await testPdf('Leitbild', 'Familie ist, wo Menschen füreinander da sind.');
		const result = await storeDocument(ctx, a, null, file(pdf, '../../Leitbild lang.pdf'), {
			title: 'Leitbild – Langversion',
			description: 'Unser Leitbild ausführlich',
			listed: true
		});
		if (!result.ok) throw new Error(result.error);
		expect(result.file).toMatchObject({
			kind: 'document',
			mime: 'application/pdf',
			title: 'Leitbild – Langversion',
			listed: true,
			originalName: 'Leitbild lang.pdf',
			size: pdf.length
		});
		const located = await locateFile(ctx, a, result.file.id);
		expect(fs.readFileSync(located!.absolutePath).equals(Buffer.from(pdf))).toBe(true);
		expect((await listDocuments(ctx, a, { listedOnly: true })).map((d) => d.id)).toContain(
			result.file.id
		);
	});

	it('lists public documents page by page', async () => {
		for (const title of ['Flyer Sommerfest', 'Satzung']) {
			const stored = await storeDocument(ctx, a, null, file(await testPdf(title, 'x'), 'd.pdf'), {
				title,
				listed: true
			});
			if (!stored.ok) throw new Error(stored.error);
		}
		const all = await listDocuments(ctx, a, { listedOnly: true });
		const first = await listedDocumentsPage(ctx, a, 1, 2);
		expect(first.total).toBe(all.length);
		expect(first.pages).toBe(Math.ceil(all.length / 2));
		expect(first.items.map((d) => d.id)).toEqual(all.slice(0, 2).map((d) => d.id));
		const last = await listedDocumentsPage(ctx, a, first.pages, 2);
		expect(last.items.map((d) => d.id)).toEqual(all.slice((first.pages - 1) * 2).map((d) => d.id));
		expect((await listedDocumentsPage(ctx, a, 99, 2)).page).toBe(first.pages);
	});

	it('accepts only PDFs and at most 20 MB', async () => {
		const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#000' } })
			.png()
			.toBuffer();
		expect(
			await storeDocument(ctx, a, null, file(png, 'flyer.pdf', 'application/pdf'), { title: 'x' })
		).toEqual({ ok: false, error: 'upload.wrongType' });
		const big = new Uint8Array(MAX_DOCUMENT_BYTES + 1);
		expect(await storeDocument(ctx, a, null, file(big, 'gross.pdf'), { title: 'x' })).toEqual({
			ok: false,
			error: 'upload.tooLarge'
		});
	});

	it('keeps unlisted documents off the public list', async () => {
		const result = await storeDocument(ctx, a, null, file(await testPdf('Intern', 'x'), 'i.pdf'), {
			title: 'Protokoll intern',
			listed: false
		});
		if (!result.ok) throw new Error(result.error);
		const listed = await listDocuments(ctx, a, { listedOnly: true });
		expect(listed.map((d) => d.id)).not.toContain(result.file.id);
		expect(
			await updateDocument(ctx, a, null, result.file.id, {
				title: 'Protokoll',
				description: '',
				listed: true
			})
		).toBe(true);
		expect((await listDocuments(ctx, a, { listedOnly: true })).map((d) => d.id)).toContain(
			result.file.id
		);
	});
});

describe('alliance boundaries', () => {
	it('never shows, changes or deletes another alliance’s file', async () => {
		const result = await storeDocument(ctx, b, null, file(await testPdf('B', 'b'), 'b.pdf'), {
			title: 'Nur für B',
			listed: true
		});
		if (!result.ok) throw new Error(result.error);
		const id = result.file.id;
		expect(await getFile(ctx, a, id)).toBeUndefined();
		expect(await locateFile(ctx, a, id)).toBeUndefined();
		expect(
			await updateDocument(ctx, a, null, id, { title: 'x', description: '', listed: false })
		).toBe(false);
		expect(await deleteFile(ctx, a, null, id)).toEqual({ ok: false, error: 'upload.notFound' });
		expect((await listDocuments(ctx, a)).map((d) => d.id)).not.toContain(id);
		expect(await getFile(ctx, b, id)).toBeDefined();
	});

	it('deletes row and bytes', async () => {
		const result = await storeDocument(ctx, b, null, file(await testPdf('Weg', 'w'), 'w.pdf'), {
			title: 'Weg damit'
		});
		if (!result.ok) throw new Error(result.error);
		const located = await locateFile(ctx, b, result.file.id);
		expect(fs.existsSync(located!.absolutePath)).toBe(true);
		expect(await deleteFile(ctx, b, null, result.file.id)).toEqual({ ok: true });
		expect(fs.existsSync(located!.absolutePath)).toBe(false);
		expect(await getFile(ctx, b, result.file.id)).toBeUndefined();
	});

	it('refuses to delete a file a page still links', async () => {
		const result = await storeDocument(ctx, a, null, file(await testPdf('L', 'l'), 'l.pdf'), {
			title: 'Leitbild'
		});
		if (!result.ok) throw new Error(result.error);
		const page = await createPage(ctx, a, null, {
			title: 'Leitbild',
			body: `<p><a href="/dateien/${result.file.id}">Leitbild (PDF)</a></p>`
		});
		expect(page.ok).toBe(true);
		expect(await deleteFile(ctx, a, null, result.file.id)).toEqual({
			ok: false,
			error: 'upload.inUse',
			usedBy: ['Leitbild']
		});
		expect(await getFile(ctx, a, result.file.id)).toBeDefined();
	});

	it('answers guessed or malformed ids with nothing', async () => {
		expect(await getFile(ctx, a, '../../etc/passwd')).toBeUndefined();
		expect(await getFile(ctx, a, crypto.randomUUID())).toBeUndefined();
	});
});
