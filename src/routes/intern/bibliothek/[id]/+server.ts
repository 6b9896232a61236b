import fs from 'node:fs';
import { Readable } from 'node:stream';
import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireInternal } from '#lib/server/auth/permissions.ts';
import { isAppError } from '#lib/server/app-error.ts';
import { libraryDownload } from '#lib/server/intern/intern.service.ts';

/** A library document, for members of the alliance only; never cached by shared caches. */
export const GET: RequestHandler = async ({ locals, url, params }) => {
	const { alliance, viewer } = requireInternal(locals, url);
	let found;
	try {
		found = await libraryDownload(getApp(), viewer, alliance.id, params.id);
	} catch (e) {
		if (isAppError(e)) error(e.status === 403 ? 403 : 404, { message: e.key });
		throw e;
	}
	let size: number;
	try {
		size = (await fs.promises.stat(found.absolutePath)).size;
	} catch {
		error(404, { message: 'error.notFound' });
	}
	const name = `${found.title}.pdf`;
	const ascii =
		name
			.normalize('NFKD')
			.replace(/[^\x20-\x7e]/g, '')
			.replace(/["\\;]/g, '') || 'dokument.pdf';
	return new Response(
		Readable.toWeb(fs.createReadStream(found.absolutePath)) as ReadableStream<Uint8Array>,
		{
			headers: {
				'Content-Type': found.file.mime,
				'Content-Length': String(size),
				'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
				'Cache-Control': 'private, no-store',
				'X-Content-Type-Options': 'nosniff'
			}
		}
	);
};
