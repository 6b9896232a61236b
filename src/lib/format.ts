/** Dates as people in Germany read them, always in Europe/Berlin time (server and browser alike). */
const TZ = 'Europe/Berlin';
const tag = (locale: string) => (locale === 'en' ? 'en-GB' : 'de-DE');

// Building an Intl.DateTimeFormat is far dearer than using one: keep one per language and style.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, style: 'date' | 'dateTime' | 'longDateTime') {
	const key = `${tag(locale)}|${style}`;
	let f = formatters.get(key);
	if (!f) {
		const options: Intl.DateTimeFormatOptions =
			style === 'date'
				? { dateStyle: 'long' }
				: style === 'dateTime'
					? { dateStyle: 'medium', timeStyle: 'short' }
					: { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' };
		f = new Intl.DateTimeFormat(tag(locale), { ...options, timeZone: TZ });
		formatters.set(key, f);
	}
	return f;
}

/** "21. November 2026" / "21 November 2026" */
export function formatDate(iso: string, locale = 'de'): string {
	return formatter(locale, 'date').format(new Date(iso));
}

/** "21.11.2026, 14:30" */
export function formatDateTime(iso: string, locale = 'de'): string {
	return formatter(locale, 'dateTime').format(new Date(iso));
}

/** "21. November 2026 um 14:30" */
export function formatLongDateTime(iso: string, locale = 'de'): string {
	return formatter(locale, 'longDateTime').format(new Date(iso));
}
