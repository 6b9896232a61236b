import type { EventDetail } from './event-detail.service.ts';
import type { EventLocation } from '../core/event.types.ts';
import { postalAddress } from '../../seo/structured-data.ts';
import { utcToWall } from '../core/time-zone.ts';

/*
 * What the public detail page shows of an event (never the submitter's data or internal
 * fields), its schema.org JSON-LD and its map link.
 */

/** ISO 8601 with the Berlin offset, e.g. 2026-12-02T10:00:00+01:00 (schema.org wants local time). */
export function isoWithOffset(utc: string, timeZone = 'Europe/Berlin'): string {
	const ms = Date.parse(utc);
	const wall = utcToWall(ms, timeZone);
	const offset = Math.round((wall - ms) / 60_000);
	const sign = offset < 0 ? '-' : '+';
	const abs = Math.abs(offset);
	const hh = String(Math.floor(abs / 60)).padStart(2, '0');
	const mm = String(abs % 60).padStart(2, '0');
	return `${new Date(wall).toISOString().slice(0, 19)}${sign}${hh}:${mm}`;
}

/** An OpenStreetMap link (no tiles embedded, nothing loaded until the visitor clicks). */
export function mapUrl(location: EventLocation): string | null {
	const { latitude: lat, longitude: lon } = location;
	if (lat !== null && lon !== null) {
		const la = lat.toFixed(5);
		const lo = lon.toFixed(5);
		return `https://www.openstreetmap.org/?mlat=${la}&mlon=${lo}#map=17/${la}/${lo}`;
	}
	const query = [location.placeName, location.address].filter(Boolean).join(', ');
	return location.address
		? `https://www.openstreetmap.org/search?query=${encodeURIComponent(query)}`
		: null;
}

export { jsonForScript } from '../../seo/structured-data.ts';

/** schema.org Event of the date shown on the detail page. */
export function eventJsonLd(
	detail: EventDetail,
	site: {
		/** The alliance's public base URL (configuration) */
		url: string;
		name: string;
		pageUrl: string;
		imageUrl: string | null;
		/** Stands in for the image when the event has none (the alliance's logo) */
		fallbackImageUrl?: string | null;
		description: string;
		/** The alliance's town, for addresses written without one */
		town?: string;
		now?: Date;
	}
): Record<string, unknown> {
	const { event, occurrence } = detail;
	const start = occurrence?.start ?? event.start;
	const end = occurrence?.end ?? event.end;
	const date = (iso: string) => isoWithOffset(iso).slice(0, 10);
	const lastDay = (iso: string) =>
		isoWithOffset(new Date(Date.parse(iso) - 1).toISOString()).slice(0, 10);
	const online = event.location.onlineUrl !== '';
	const physical = event.location.placeName !== '' || event.location.address !== '';
	const place = {
		'@type': 'Place',
		name: occurrence?.placeName || event.location.placeName || undefined,
		address: postalAddress(detail.override?.address || event.location.address, site.town),
		geo:
			event.location.latitude !== null && event.location.longitude !== null
				? {
						'@type': 'GeoCoordinates',
						latitude: event.location.latitude,
						longitude: event.location.longitude
					}
				: undefined
	};
	const location = [
		...(physical ? [place] : []),
		...(online ? [{ '@type': 'VirtualLocation', url: event.location.onlineUrl }] : [])
	];
	const cancelled = occurrence?.cancelled || event.status === 'cancelled';
	const over = Date.parse(end) < (site.now ?? new Date()).getTime();
	const image = site.imageUrl ?? site.fallbackImageUrl ?? null;
	const partnerSlug = event.organiser.partnerId ? event.organiser.partnerSlug : null;
	const moved = !!occurrence?.moved && occurrence.recurrenceId !== start;
	return {
		'@context': 'https://schema.org',
		'@type': 'Event',
		name: occurrence?.title ?? event.title,
		description: site.description || undefined,
		url: site.pageUrl,
		startDate: event.allDay ? date(start) : isoWithOffset(start),
		endDate: event.allDay ? lastDay(end) : isoWithOffset(end),
		eventStatus: cancelled
			? 'https://schema.org/EventCancelled'
			: occurrence?.moved
				? 'https://schema.org/EventRescheduled'
				: 'https://schema.org/EventScheduled',
		eventAttendanceMode: online
			? physical
				? 'https://schema.org/MixedEventAttendanceMode'
				: 'https://schema.org/OnlineEventAttendanceMode'
			: 'https://schema.org/OfflineEventAttendanceMode',
		location: location.length === 1 ? location[0] : location,
		previousStartDate: moved
			? event.allDay
				? date(occurrence.recurrenceId)
				: isoWithOffset(occurrence.recurrenceId)
			: undefined,
		image: image ? [image] : undefined,
		organizer: {
			'@type': 'Organization',
			name: event.organiser.name || site.name,
			// The organiser's own page here; a free-text organiser's website; else the alliance.
			url: partnerSlug
				? `${site.url}/partner/${partnerSlug}`
				: !event.organiser.partnerId && event.organiser.name && event.contact.websiteUrl
					? event.contact.websiteUrl
					: `${site.url}/`,
			email: event.contact.email || event.organiser.email || undefined
		},
		isAccessibleForFree: event.cost.kind === 'free',
		offers: {
			'@type': 'Offer',
			url: site.pageUrl,
			// On request: no price is known, the offer (and its availability) still is.
			...(event.cost.kind === 'on_request'
				? {}
				: {
						price: event.cost.kind === 'free' ? 0 : (event.cost.cents ?? 0) / 100,
						priceCurrency: 'EUR'
					}),
			availability: cancelled || over ? 'https://schema.org/SoldOut' : 'https://schema.org/InStock'
		},
		inLanguage: event.languages.length ? event.languages : undefined,
		keywords: detail.topics.map((t) => t.name).join(', ') || undefined
	};
}
