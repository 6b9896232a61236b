/** Dates as people in Germany read them, always in Europe/Berlin time (server and browser alike). */
const TZ = 'Europe/Berlin';
const tag = (locale: string) => (locale === 'en' ? 'en-GB' : 'de-DE');

/** "21. November 2026" / "21 November 2026" */
export function formatDate(iso: string, locale = 'de'): string {
	return new Intl.DateTimeFormat(tag(locale), { dateStyle: 'long', timeZone: TZ }).format(
		new Date(iso)
	);
}

/** "21.11.2026, 14:30" */
export function formatDateTime(iso: string, locale = 'de'): string {
	return new Intl.DateTimeFormat(tag(locale), {
		dateStyle: 'medium',
		timeStyle: 'short',
		timeZone: TZ
	}).format(new Date(iso));
}
