import { formatDate as longDate, formatLongDateTime } from '../../format.ts';

/** Dates and sizes as people read them, in Berlin time and the page's language. */
export function formatDate(
	iso: string | null | undefined,
	locale: string,
	withTime = false
): string {
	if (!iso) return '';
	if (Number.isNaN(new Date(iso).getTime())) return '';
	return withTime ? formatLongDateTime(iso, locale) : longDate(iso, locale);
}

export function formatSize(bytes: number, locale: string): string {
	const fmt = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'de-DE', {
		maximumFractionDigits: 1
	});
	if (bytes < 1024) return `${bytes} B`;
	if (bytes < 1024 * 1024) return `${fmt.format(bytes / 1024)} KB`;
	return `${fmt.format(bytes / (1024 * 1024))} MB`;
}
