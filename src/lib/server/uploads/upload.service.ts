import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
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

/*
 * Uploaded files: the type is sniffed from the bytes; images are decoded, turned upright,
 * scaled down and re-encoded (which drops every bit of metadata: GPS position, camera,
 * names); documents must be PDFs. Files live in uploadDir/<allianceId>/<random key>.
 */

export interface StoredFile {
	id: string;
	allianceId: string;
	kind: 'image' | 'document';
	mime: string;
	size: number;
	originalName: string;
	width: number | null;
	height: number | null;
	title: string;
	description: string;
	alt: string;
	listed: boolean;
	createdAt: string;
	/** Path inside the alliance's site, e.g. /dateien/<id> */
	path: string;
}

export type UploadResult = { ok: true; file: StoredFile } | { ok: false; error: UploadError };

type Ctx = Pick<ServiceContext, 'db' | 'uploadDir' | 'registry'>;

export function toStoredFile(row: repo.FileRow): StoredFile {
	return {
		id: row.id,
		allianceId: row.alliance_id,
		kind: row.kind,
		mime: row.mime,
		size: row.size,
		originalName: row.original_name,
		width: row.width,
		height: row.height,
		title: row.title,
		description: row.description,
		alt: row.alt,
		listed: row.listed === 1,
		createdAt: row.created_at,
		path: `/dateien/${row.id}`
	};
}

/** A file name fit to show and to offer for download: no folders, no control characters. */
export function safeFileName(name: string, fallback = 'datei'): string {
	const base = (name.split(/[\\/]/).pop() ?? '')
		// eslint-disable-next-line no-control-regex
		.replace(/[\u0000-\u001f\u007f"<>|*?:]/g, '')
		.replace(/\s+/g, ' ')
		.trim()
		.slice(0, 150);
	return base || fallback;
}

function allianceDir(uploadDir: string, allianceId: string): string {
	if (!/^[A-Za-z0-9-]+$/.test(allianceId)) throw new Error('invalid alliance id');
	return path.join(uploadDir, allianceId);
}

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

async function removeBytes(ctx: Ctx, allianceId: string, key: string): Promise<void> {
	await fs.rm(path.join(allianceDir(ctx.uploadDir, allianceId), key), { force: true });
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

/** One file of this alliance, or undefined (also for another alliance's id). */
export async function getFile(
	ctx: Pick<ServiceContext, 'db'>,
	allianceId: string,
	id: string
): Promise<StoredFile | undefined> {
	if (!isFileId(id)) return undefined;
	const row = await repo.findFileById(ctx.db, allianceId, id);
	return row && toStoredFile(row);
}

export function isFileId(id: string): boolean {
	return /^[0-9a-f-]{36}$/i.test(id);
}

/** Where a file's bytes are, for serving it; undefined when it is not this alliance's. */
export async function locateFile(
	ctx: Pick<ServiceContext, 'db' | 'uploadDir'>,
	allianceId: string,
	id: string
): Promise<{ file: StoredFile; absolutePath: string; etag: string } | undefined> {
	if (!isFileId(id)) return undefined;
	const row = await repo.findFileById(ctx.db, allianceId, id);
	if (!row) return undefined;
	return {
		file: toStoredFile(row),
		absolutePath: path.join(allianceDir(ctx.uploadDir, allianceId), row.storage_key),
		etag: `"${row.storage_key.replace(/\..*$/, '')}"`
	};
}

export async function listImages(
	ctx: Pick<ServiceContext, 'db'>,
	allianceId: string
): Promise<StoredFile[]> {
	return (await repo.findFilesByKind(ctx.db, allianceId, 'image')).map(toStoredFile);
}

export async function listDocuments(
	ctx: Pick<ServiceContext, 'db'>,
	allianceId: string,
	options: { listedOnly?: boolean } = {}
): Promise<StoredFile[]> {
	return (await repo.findFilesByKind(ctx.db, allianceId, 'document', options)).map(toStoredFile);
}

/** Documents per page of the public list. */
export const DOCUMENTS_PAGE_SIZE = 30;

/** One page (1-based) of the publicly listed documents; `page` is clamped to the last page. */
export async function listedDocumentsPage(
	ctx: Pick<ServiceContext, 'db'>,
	allianceId: string,
	page: number,
	pageSize = DOCUMENTS_PAGE_SIZE
): Promise<{ items: StoredFile[]; total: number; page: number; pages: number }> {
	const all = await listDocuments(ctx, allianceId, { listedOnly: true });
	const pages = Math.max(1, Math.ceil(all.length / pageSize));
	const current = Math.min(Math.max(1, page), pages);
	return {
		items: all.slice((current - 1) * pageSize, current * pageSize),
		total: all.length,
		page: current,
		pages
	};
}

/** Changes a document's title, description and listing. */
export async function updateDocument(
	ctx: Ctx,
	allianceId: string,
	userId: string | null,
	id: string,
	meta: { title: string; description: string; listed: boolean }
): Promise<boolean> {
	await requireAccessFor(ctx, userId, allianceId, 'content.edit');
	const existing = await getFile(ctx, allianceId, id);
	if (!existing || existing.kind !== 'document') return false;
	await repo.updateFile(ctx.db, allianceId, id, {
		title: meta.title.trim().slice(0, 200),
		description: meta.description.trim().slice(0, 2000),
		listed: meta.listed ? 1 : 0
	});
	await recordAudit(ctx, {
		allianceId,
		userId,
		action: 'update',
		entity: 'file',
		entityId: id,
		summary: meta.title
	});
	await contentChanged(ctx, allianceId);
	return true;
}

/** Changes an image's alternative text. */
export async function updateImageAlt(
	ctx: Ctx,
	allianceId: string,
	userId: string | null,
	id: string,
	alt: string
): Promise<boolean> {
	await requireAccessFor(ctx, userId, allianceId, 'content.edit');
	const existing = await getFile(ctx, allianceId, id);
	if (!existing || existing.kind !== 'image') return false;
	await repo.updateFile(ctx.db, allianceId, id, { alt: alt.trim().slice(0, 300) });
	await recordAudit(ctx, { allianceId, userId, action: 'update', entity: 'file', entityId: id });
	return true;
}

export type DeleteFileResult =
	| { ok: true }
	| { ok: false; error: 'upload.notFound' }
	| { ok: false; error: 'upload.inUse'; usedBy: string[] };

/**
 * Deletes a file (row and bytes). Refused while a page, a news post, the alliance's logo or
 * patron photo, or a team member still shows or links it, so nothing breaks silently.
 */
export async function deleteFile(
	ctx: Ctx,
	allianceId: string,
	userId: string | null,
	id: string
): Promise<DeleteFileResult> {
	await requireAccessFor(ctx, userId, allianceId, 'content.edit');
	if (!isFileId(id)) return { ok: false, error: 'upload.notFound' };
	const row = await repo.findFileById(ctx.db, allianceId, id);
	if (!row) return { ok: false, error: 'upload.notFound' };
	const usedBy = await repo.findFileUsage(ctx.db, allianceId, id);
	if (usedBy.length) return { ok: false, error: 'upload.inUse', usedBy };
	const deleted = await repo.deleteFile(ctx.db, allianceId, id);
	if (!deleted) return { ok: false, error: 'upload.notFound' };
	await removeBytes(ctx, allianceId, row.storage_key);
	await recordAudit(ctx, {
		allianceId,
		userId,
		action: 'delete',
		entity: 'file',
		entityId: id,
		summary: row.title || row.original_name
	});
	await contentChanged(ctx, allianceId);
	return { ok: true };
}

/** "1,4 MB" – sizes as people read them, in the given locale. */
export function formatBytes(bytes: number, locale = 'de'): string {
	const fmt = (n: number) =>
		new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: 1 }).format(
			n
		);
	if (bytes < 1024) return `${bytes} B`;
	if (bytes < 1024 * 1024) return `${fmt(bytes / 1024)} KB`;
	return `${fmt(bytes / (1024 * 1024))} MB`;
}
