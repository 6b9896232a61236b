import fs from 'node:fs';
import { Readable } from 'node:stream';
import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { isAllianceMember, requireAlliance } from '#lib/server/auth/permissions.ts';
import { isMembersOnlyFile } from '#lib/server/intern/intern.service.ts';
import { locateFile } from '#lib/server/uploads/upload.service.ts';

/** ASCII fallback and RFC 5987 UTF-8 name, so no name can break out of the header. */
function disposition(type: 'inline' | 'attachment', name: string): string {
	const ascii = name
		.replace(/[–—]/g, '-')
		.replace(/ß/g, 'ss')
		.normalize('NFKD')
		.replace(/[^\x20-\x7e]/g, '')
		.replace(/["\\;]/g, '')
		.replace(/\s+/g, ' ')
		.trim();
	return `${type}; filename="${ascii || 'datei'}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/**
 * Serves an uploaded file of this request's alliance. Ids are never reused, so the answer may be
 * cached for a year. Another alliance's id is a 404, as is an unknown one.
 */
export const GET: RequestHandler = async ({ params, locals, request }) => {
	const alliance = requireAlliance(locals);
	const found = await locateFile(getApp(), alliance.id, params.id);
	if (!found) error(404, { message: 'error.notFound' });
	const { file, absolutePath, etag } = found;
	// Files of the internal document library are for the alliance's members only; to anyone
	// else they do not exist.
	const membersOnly = await isMembersOnlyFile(getApp(), alliance.id, file.id);
	if (membersOnly && !isAllianceMember(locals.viewer)) error(404, { message: 'error.notFound' });
	const headers = new Headers({
		'Cache-Control': membersOnly ? 'private, no-store' : 'public, max-age=31536000, immutable',
		ETag: etag,
		'X-Content-Type-Options': 'nosniff'
	});
	if (request.headers.get('if-none-match') === etag) {
		return new Response(null, { status: 304, headers });
	}
	let stat: fs.Stats;
	try {
		stat = await fs.promises.stat(absolutePath);
	} catch {
		getApp().log.error({ fileId: file.id }, 'uploaded file missing on disk');
		error(404, { message: 'error.notFound' });
	}
	headers.set('Content-Type', file.mime);
	headers.set('Content-Length', String(stat.size));
	headers.set(
		'Content-Disposition',
		disposition(
			file.kind === 'image' ? 'inline' : 'attachment',
			file.kind === 'document' && file.title ? `${file.title}.pdf` : file.originalName
		)
	);
	const stream = Readable.toWeb(fs.createReadStream(absolutePath)) as ReadableStream<Uint8Array>;
	return new Response(stream, { status: 200, headers });
};
