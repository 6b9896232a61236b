import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import { loadSharp } from './sharp.ts';
import type { ServiceContext } from '../context.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { requireAccessFor } from '../access/access.service.ts';
import { contentChanged } from '../alliances/content-changed.ts';
import * as repo from './upload.repository.ts';
import { imageSlots } from './image-slots.ts';
import {
	DOCUMENT_TYPES,
	IMAGE_MAX_PIXELS,
	IMAGE_MAX_WIDTH,
	IMAGE_TYPES,
	MAX_DOCUMENT_BYTES,
	MAX_IMAGE_BYTES,
	type UploadError
} from './upload.schema.ts';
import {
	type UploadResult,
	allianceDir,
	locateFile,
	removeBytes,
	safeFileName,
	toStoredFile
} from './upload.service.ts';

/*
 * Storing an upload: the type is sniffed from the bytes; images are decoded, turned upright,
 * scaled down and re-encoded (which drops every bit of metadata: GPS position, camera,
 * names); documents must be PDFs.
 */

type Ctx = Pick<ServiceContext, 'db' | 'uploadDir' | 'registry'>;

/** Writes the bytes under a new random key (via a temporary file, so a crash leaves no half file). */
async function writeBytes(
	ctx: Ctx,
	allianceId: string,
	bytes: Uint8Array,
	ext: string
): Promise<string> {
	const dir = allianceDir(ctx.uploadDir, allianceId);
	await fs.mkdir(dir, { recursive: true });
	const key = `${crypto.randomBytes(16).toString('hex')}.${ext}`;
	const tmp = path.join(dir, `.${key}.tmp`);
	await fs.writeFile(tmp, bytes, { mode: 0o640 });
	await fs.rename(tmp, path.join(dir, key));
	return key;
}

/** First checks shared by both kinds: present, not empty, not too large. */
function precheck(file: File | null | undefined, max: number): UploadError | null {
	if (!file || typeof file === 'string' || file.size === 0) return 'upload.empty';
	if (file.size > max) return 'upload.tooLarge';
	return null;
}

async function sniff(bytes: Uint8Array): Promise<string | undefined> {
	return (await fileTypeFromBuffer(bytes))?.mime;
}

interface ProcessedImage {
	bytes: Buffer;
	mime: 'image/jpeg' | 'image/webp';
	ext: 'jpg' | 'webp';
	width: number;
	height: number;
}

/**
 * Decodes, rotates by EXIF, scales to at most maxWidth and re-encodes, one image at a time
 * (image-slots.ts), so that simultaneous large uploads cannot exhaust memory. sharp writes no
 * metadata unless asked, so EXIF/XMP/IPTC (and GPS) are gone. Photos stay JPEG; images
 * that may have transparency (PNG, WebP, GIF) become WebP. Animated GIFs keep their first frame.
 */
export function processImage(
	bytes: Uint8Array,
	mime: string,
	maxWidth = IMAGE_MAX_WIDTH
): Promise<ProcessedImage> {
	return imageSlots.run(() => decodeAndEncode(bytes, mime, maxWidth));
}

async function decodeAndEncode(
	bytes: Uint8Array,
	mime: string,
	maxWidth: number
): Promise<ProcessedImage> {
	const width = Math.max(16, Math.min(maxWidth, IMAGE_MAX_WIDTH));
	const sharp = await loadSharp();
	const pipeline = sharp(bytes, { limitInputPixels: IMAGE_MAX_PIXELS, failOn: 'error' })
		.rotate()
		.resize({ width, withoutEnlargement: true });
	const out =
		mime === 'image/jpeg'
			? await pipeline
					.jpeg({ quality: 82, progressive: true, mozjpeg: true })
					.toBuffer({ resolveWithObject: true })
			: await pipeline.webp({ quality: 82 }).toBuffer({ resolveWithObject: true });
	return {
		bytes: out.data,
		mime: mime === 'image/jpeg' ? 'image/jpeg' : 'image/webp',
		ext: mime === 'image/jpeg' ? 'jpg' : 'webp',
		width: out.info.width,
		height: out.info.height
	};
}

/**
 * A stored image of the alliance as JPEG for a printed document (PDFKit reads JPEG and PNG; the
 * stored copy may be WebP), at most `maxWidth` wide; null for anything else.
 */
export async function printableImage(
	ctx: Pick<ServiceContext, 'db' | 'uploadDir'>,
	allianceId: string,
	fileId: string,
	maxWidth = 1400
): Promise<Buffer | null> {
	const found = await locateFile(ctx, allianceId, fileId);
	if (!found || found.file.kind !== 'image') return null;
	const bytes = await fs.readFile(found.absolutePath).catch(() => null);
	if (!bytes) return null;
	return imageSlots.run(async () => {
		const sharp = await loadSharp();
		return sharp(bytes, { limitInputPixels: IMAGE_MAX_PIXELS, failOn: 'error' })
			.resize({ width: maxWidth, withoutEnlargement: true })
			.jpeg({ quality: 82 })
			.toBuffer()
			.catch(() => null);
	});
}

/** Stores an image (JPEG, PNG, WebP, GIF) for pages, news, logos and photos. */
export async function storeImage(
	ctx: Ctx,
	allianceId: string,
	userId: string | null,
	file: File | null | undefined,
	options: { alt?: string; maxWidth?: number } = {}
): Promise<UploadResult> {
	await requireAccessFor(ctx, userId, allianceId, 'member');
	const refused = precheck(file, MAX_IMAGE_BYTES);
	if (refused || !file) return { ok: false, error: refused ?? 'upload.empty' };
	const bytes = new Uint8Array(await file.arrayBuffer());
	const mime = await sniff(bytes);
	if (!mime || !(IMAGE_TYPES as readonly string[]).includes(mime)) {
		return { ok: false, error: 'upload.wrongType' };
	}
	let image: ProcessedImage;
	try {
		image = await processImage(bytes, mime, options.maxWidth);
	} catch {
		return { ok: false, error: 'upload.damaged' };
	}
	const key = await writeBytes(ctx, allianceId, image.bytes, image.ext);
	const id = crypto.randomUUID();
	const name = safeFileName(file.name, 'bild');
	try {
		await repo.insertFile(ctx.db, {
			id,
			alliance_id: allianceId,
			kind: 'image',
			mime: image.mime,
			size: image.bytes.length,
			original_name: name.replace(/\.[A-Za-z0-9]{1,5}$/, '') + '.' + image.ext,
			storage_key: key,
			width: image.width,
			height: image.height,
			alt: (options.alt ?? '').trim().slice(0, 300),
			created_at: new Date().toISOString(),
			created_by: userId
		});
	} catch (err) {
		await removeBytes(ctx, allianceId, key);
		throw err;
	}
	await recordAudit(ctx, {
		allianceId,
		userId,
		action: 'create',
		entity: 'file',
		entityId: id,
		summary: name
	});
	const row = await repo.findFileById(ctx.db, allianceId, id);
	if (!row) throw new Error('file not stored');
	return { ok: true, file: toStoredFile(row) };
}

/** Stores a PDF document with its title and description; `listed` shows it on /dokumente. */
export async function storeDocument(
	ctx: Ctx,
	allianceId: string,
	userId: string | null,
	file: File | null | undefined,
	meta: { title: string; description?: string; listed?: boolean }
): Promise<UploadResult> {
	await requireAccessFor(ctx, userId, allianceId, 'member');
	const refused = precheck(file, MAX_DOCUMENT_BYTES);
	if (refused || !file) return { ok: false, error: refused ?? 'upload.empty' };
	const bytes = new Uint8Array(await file.arrayBuffer());
	const mime = await sniff(bytes);
	if (!mime || !(DOCUMENT_TYPES as readonly string[]).includes(mime)) {
		return { ok: false, error: 'upload.wrongType' };
	}
	const key = await writeBytes(ctx, allianceId, bytes, 'pdf');
	const id = crypto.randomUUID();
	const name = safeFileName(file.name, 'dokument');
	try {
		await repo.insertFile(ctx.db, {
			id,
			alliance_id: allianceId,
			kind: 'document',
			mime,
			size: bytes.length,
			original_name: /\.pdf$/i.test(name) ? name : `${name}.pdf`,
			storage_key: key,
			width: null,
			height: null,
			title: meta.title.trim().slice(0, 200),
			description: (meta.description ?? '').trim().slice(0, 2000),
			listed: meta.listed ? 1 : 0,
			created_at: new Date().toISOString(),
			created_by: userId
		});
	} catch (err) {
		await removeBytes(ctx, allianceId, key);
		throw err;
	}
	await recordAudit(ctx, {
		allianceId,
		userId,
		action: 'create',
		entity: 'file',
		entityId: id,
		summary: meta.title
	});
	if (meta.listed) await contentChanged(ctx, allianceId);
	const row = await repo.findFileById(ctx.db, allianceId, id);
	if (!row) throw new Error('file not stored');
	return { ok: true, file: toStoredFile(row) };
}
