import type { ServiceContext } from '../context.ts';
import { getFile } from '../uploads/upload.service.ts';
import type { Alliance } from './alliance.types.ts';

/** The alliance's logo with its own size, so every place can show it at its aspect ratio. */
export interface BrandLogo {
	id: string;
	width: number;
	height: number;
	alt: string;
}

/** The logo (null without one, or when the stored file is not an image). */
export async function brandLogo(
	ctx: Pick<ServiceContext, 'db'>,
	alliance: Alliance
): Promise<BrandLogo | null> {
	if (!alliance.logoId) return null;
	const file = await getFile(ctx, alliance.id, alliance.logoId);
	if (!file || file.kind !== 'image') return null;
	return {
		id: file.id,
		// Old uploads without recorded sizes are treated as square.
		width: file.width ?? 200,
		height: file.height ?? 200,
		alt: `Logo: ${alliance.name}`
	};
}

/**
 * The absolute address of the alliance's site, from configuration (never from the request):
 * its own domain, or the platform's address with the prefix the alliance is served under.
 */
export function siteAddress(
	ctx: Pick<ServiceContext, 'publicUrl'>,
	alliance: Alliance,
	prefix: string
): string {
	return alliance.domain
		? `https://${alliance.domain}`
		: `${ctx.publicUrl.replace(/\/$/, '')}${prefix}`;
}
