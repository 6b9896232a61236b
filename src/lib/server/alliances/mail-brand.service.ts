import { loadSharp } from '../uploads/sharp.ts';
import { contrastRatio, AA_TEXT, HEX_COLOR } from '../../color.ts';
import type { ServiceContext } from '../context.ts';
import type { MailBrand } from '../mail/mail-html.ts';
import { locateFile } from '../uploads/upload.service.ts';
import { findAllianceById } from './alliance.repository.ts';

/*
 * An alliance's logo and colours for the HTML part of its mails (decision 094). The logo is
 * shown at its own aspect ratio inside a box of at most 240 × 56 px, made a PNG at twice that
 * size with sharp and kept in memory per logo file (a new logo is a new file, so the key
 * changes with it).
 */

const BOX = { width: 240, height: 56 };
const DEFAULT_LINK = '#1f5f8b';

type Ctx = Pick<ServiceContext, 'db' | 'uploadDir' | 'log'>;
type Logo = NonNullable<MailBrand['logo']>;

const made = new Map<string, Promise<Logo>>();

/** The size a logo of w × h is shown at: as large as fits the box, its ratio kept. */
function logoDisplaySize(w: number, h: number): { width: number; height: number } {
	const scale = Math.min(BOX.width / w, BOX.height / h);
	return {
		width: Math.max(1, Math.round(w * scale)),
		height: Math.max(1, Math.round(h * scale))
	};
}

async function makeLogo(file: string, version: string): Promise<Logo> {
	const sharp = await loadSharp();
	const meta = await sharp(file).metadata();
	const { width, height } = logoDisplaySize(meta.width ?? BOX.width, meta.height ?? BOX.height);
	const png = await sharp(file)
		.resize(width * 2, height * 2, { fit: 'fill' })
		.png()
		.toBuffer();
	return { png, width, height, version };
}

function logoFor(file: string, version: string): Promise<Logo> {
	let logo = made.get(version);
	if (!logo) {
		logo = makeLogo(file, version);
		logo.catch(() => made.delete(version));
		if (made.size > 200) made.clear();
		made.set(version, logo);
	}
	return logo;
}

/** A colour readable on white for links: the accent, else the primary colour, else a blue. */
function linkColor(accent: string, primary: string): string {
	for (const c of [accent, primary]) {
		if (HEX_COLOR.test(c) && contrastRatio(c, '#ffffff') >= AA_TEXT) return c;
	}
	return DEFAULT_LINK;
}

export async function mailBrandOf(ctx: Ctx, allianceId: string): Promise<MailBrand | null> {
	const row = await findAllianceById(ctx.db, allianceId);
	if (!row) return null;
	const accent = HEX_COLOR.test(row.color_accent) ? row.color_accent : row.color_primary;
	const brand: MailBrand = {
		name: row.name,
		accent,
		link: linkColor(row.color_accent, row.color_primary)
	};
	if (!row.logo_id) return brand;
	const found = await locateFile(ctx, allianceId, row.logo_id);
	if (!found) return brand;
	try {
		brand.logo = await logoFor(found.absolutePath, `${allianceId}:${found.etag}`);
	} catch (error) {
		ctx.log.warn({ err: error, fileId: row.logo_id }, 'logo could not be made a mail image');
	}
	return brand;
}
