/*
 * Small maps of the Familienwegweiser without JavaScript and without a map library: the server
 * works out which tiles of the operator's tile server (MAP_TILE_URL, Web Mercator, 256 px
 * tiles) cover the places and where the pins go; the page lays them out with CSS. Without
 * MAP_TILE_URL there is no map and no request to anyone else (see docs/decisions).
 */

export interface MapPoint {
	latitude: number;
	longitude: number;
	/** Shown as the pin's tooltip */
	label: string;
}

export interface StaticMap {
	width: number;
	height: number;
	/** Tiles with their position relative to the map's centre, in px */
	tiles: { src: string; dx: number; dy: number }[];
	pins: { dx: number; dy: number; label: string }[];
	attribution: string;
}

const TILE = 256;
const MAX_ZOOM = 16;
const MIN_ZOOM = 3;
const PADDING = 28;

/** The point's position on the world map at zoom z, in px. */
export function worldPixel(latitude: number, longitude: number, zoom: number) {
	const size = TILE * 2 ** zoom;
	const lat = Math.max(-85.05112878, Math.min(85.05112878, latitude));
	const rad = (lat * Math.PI) / 180;
	return {
		x: ((longitude + 180) / 360) * size,
		y: ((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * size
	};
}

export function tileUrl(template: string, z: number, x: number, y: number): string {
	return template
		.replaceAll('{z}', String(z))
		.replaceAll('{x}', String(x))
		.replaceAll('{y}', String(y));
}

/** The map of the points, or null without a tile server or without points. */
export function staticMap(
	settings: { tileUrl: string | undefined; attribution: string },
	points: MapPoint[],
	size: { width: number; height: number } = { width: 640, height: 280 }
): StaticMap | null {
	const valid = points.filter(
		(p) =>
			Number.isFinite(p.latitude) &&
			Number.isFinite(p.longitude) &&
			Math.abs(p.latitude) <= 85 &&
			Math.abs(p.longitude) <= 180
	);
	if (!settings.tileUrl || !valid.length) return null;
	// The largest zoom at which every point fits inside the padded frame.
	let zoom = MAX_ZOOM;
	for (; zoom > MIN_ZOOM; zoom--) {
		const px = valid.map((p) => worldPixel(p.latitude, p.longitude, zoom));
		const spanX = Math.max(...px.map((p) => p.x)) - Math.min(...px.map((p) => p.x));
		const spanY = Math.max(...px.map((p) => p.y)) - Math.min(...px.map((p) => p.y));
		if (spanX <= size.width - 2 * PADDING && spanY <= size.height - 2 * PADDING) break;
	}
	const px = valid.map((p) => worldPixel(p.latitude, p.longitude, zoom));
	const cx = (Math.max(...px.map((p) => p.x)) + Math.min(...px.map((p) => p.x))) / 2;
	const cy = (Math.max(...px.map((p) => p.y)) + Math.min(...px.map((p) => p.y))) / 2;
	const left = cx - size.width / 2;
	const top = cy - size.height / 2;
	const count = 2 ** zoom;
	const tiles: StaticMap['tiles'] = [];
	for (let ty = Math.floor(top / TILE); ty <= Math.floor((top + size.height - 1) / TILE); ty++) {
		if (ty < 0 || ty >= count) continue;
		for (let tx = Math.floor(left / TILE); tx <= Math.floor((left + size.width - 1) / TILE); tx++) {
			const wrapped = ((tx % count) + count) % count;
			tiles.push({
				src: tileUrl(settings.tileUrl, zoom, wrapped, ty),
				dx: Math.round(tx * TILE - cx),
				dy: Math.round(ty * TILE - cy)
			});
		}
	}
	return {
		width: size.width,
		height: size.height,
		tiles,
		pins: valid.map((p, i) => ({
			dx: Math.round(px[i]!.x - cx),
			dy: Math.round(px[i]!.y - cy),
			label: p.label
		})),
		attribution: settings.attribution
	};
}

/** The origin images may come from (for the CSP), or null. */
export function tileOrigin(template: string | undefined): string | null {
	if (!template) return null;
	try {
		return new URL(tileUrl(template, 0, 0, 0)).origin;
	} catch {
		return null;
	}
}

/** The map settings from the configuration. */
export function mapSettings(env: { MAP_TILE_URL?: string; MAP_TILE_ATTRIBUTION: string }) {
	return { tileUrl: env.MAP_TILE_URL, attribution: env.MAP_TILE_ATTRIBUTION };
}

/** The places of offers that have coordinates, labelled with the offer's name. */
export function offerPoints(
	offers: {
		name: string;
		locations: { name: string; latitude: number | null; longitude: number | null }[];
	}[]
): MapPoint[] {
	return offers.flatMap((o) =>
		o.locations.flatMap((l) =>
			l.latitude !== null && l.longitude !== null
				? [{ latitude: l.latitude, longitude: l.longitude, label: o.name }]
				: []
		)
	);
}
