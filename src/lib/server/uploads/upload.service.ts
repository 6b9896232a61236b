import fs from 'node:fs/promises';
import path from 'node:path';
import type { ServiceContext } from '../context.ts';
import * as repo from './upload.repository.ts';
import type { UploadError } from './upload.schema.ts';

/*
 * Uploaded files: reading, listing and locating them, and their names and sizes as people read
 * them. Storing a new upload (type sniffed from the bytes, images re-encoded without metadata)
 * is in upload-store.service.ts, editing and deleting in upload-edit.service.ts. Files live in
 * uploadDir/<allianceId>/<random key>.
 */

type Ctx = Pick<ServiceContext, 'db' | 'uploadDir' | 'registry'>;

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

export function allianceDir(uploadDir: string, allianceId: string): string {
	if (!/^[A-Za-z0-9-]+$/.test(allianceId)) throw new Error('invalid alliance id');
	return path.join(uploadDir, allianceId);
}

export async function removeBytes(ctx: Ctx, allianceId: string, key: string): Promise<void> {
	await fs.rm(path.join(allianceDir(ctx.uploadDir, allianceId), key), { force: true });
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
