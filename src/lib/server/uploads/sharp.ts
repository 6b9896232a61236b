import type Sharp from 'sharp';

/*
 * sharp (libvips, about 20 MB of memory once loaded) is loaded with the first image a process
 * handles, not when the server starts: most requests never touch one. libvips' operation cache
 * is useless for one-shot uploads and only holds memory, so it is off.
 */

let loading: Promise<typeof Sharp> | null = null;

export function loadSharp(): Promise<typeof Sharp> {
	loading ??= import('sharp').then(({ default: sharp }) => {
		sharp.cache(false);
		return sharp;
	});
	return loading;
}
