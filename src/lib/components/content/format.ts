/** Dates and sizes as people read them, in Berlin time and the page's language. */
export function formatDate(
	iso: string | null | undefined,
	locale: string,
	withTime = false
): string {
	if (!iso) return '';
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) return '';
	return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'de-DE', {
		timeZone: 'Europe/Berlin',
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		...(withTime ? { hour: '2-digit', minute: '2-digit' } : {})
	}).format(date);
}

export function formatSize(bytes: number, locale: string): string {
	const fmt = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'de-DE', {
		maximumFractionDigits: 1
	});
	if (bytes < 1024) return `${bytes} B`;
	if (bytes < 1024 * 1024) return `${fmt.format(bytes / 1024)} KB`;
	return `${fmt.format(bytes / (1024 * 1024))} MB`;
}
