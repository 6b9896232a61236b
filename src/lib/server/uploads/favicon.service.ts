import crypto from 'node:crypto';
import { loadSharp } from './sharp.ts';
import type { Alliance } from '../alliances/alliance.types.ts';
import type { ServiceContext } from '../context.ts';
import { locateFile } from './upload.service.ts';

/*
 * The icon browsers ask for at /favicon.ico: the alliance's logo on a square (its own aspect
 * ratio, transparent margins), or — without a logo, or on a start page without alliance — a
 * default heart in the alliance's colour. PNG bytes (every browser takes PNG at .ico); made
 * once per logo and colour and kept in memory.
 */

export interface Icon {
	body: Uint8Array<ArrayBuffer>;
	etag: string;
}

const SIZE = 64;
const DEFAULT_COLOR = '#1f5f8b';
const made = new Map<string, Promise<Icon>>();

function defaultSvg(color: string): string {
	const safe = /^#[0-9a-f]{6}$/i.test(color) ? color : DEFAULT_COLOR;
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 64 64">
<rect width="64" height="64" rx="12" fill="${safe}"/>
<path fill="#fff" d="M32 52 13 33a11 11 0 0 1 19-13 11 11 0 0 1 19 13z"/>
</svg>`;
}

async function png(input: Buffer | string): Promise<Icon> {
	const sharp = await loadSharp();
	const body = await sharp(input)
		.resize(SIZE, SIZE, { fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } })
		.png()
		.toBuffer();
	const bytes = new Uint8Array(body);
	const etag = `"${crypto.createHash('sha256').update(bytes).digest('base64url').slice(0, 16)}"`;
	return { body: bytes, etag };
}

function remember(key: string, make: () => Promise<Icon>): Promise<Icon> {
	let icon = made.get(key);
	if (!icon) {
		icon = make();
		icon.catch(() => made.delete(key));
		if (made.size > 500) made.clear();
		made.set(key, icon);
	}
	return icon;
}

export async function allianceIcon(
	ctx: Pick<ServiceContext, 'db' | 'uploadDir' | 'log'>,
	alliance: Pick<Alliance, 'id' | 'logoId' | 'colors'> | null
): Promise<Icon> {
	const color = alliance?.colors.primary ?? DEFAULT_COLOR;
	const fallback = () => remember(`default|${color}`, () => png(Buffer.from(defaultSvg(color))));
	if (!alliance?.logoId) return fallback();
	const found = await locateFile(ctx, alliance.id, alliance.logoId);
	if (!found) return fallback();
	try {
		return await remember(`logo|${alliance.logoId}`, () => png(found.absolutePath));
	} catch (error) {
		ctx.log.warn({ err: error, fileId: alliance.logoId }, 'logo could not be made an icon');
		return fallback();
	}
}
