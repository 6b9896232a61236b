import { escapeHtml } from '../../escape-html.ts';
/*
 * Small text helpers of the partner network: addresses from names, plain text ⇄ the simple
 * HTML we store (paragraphs and line breaks only), the A–Z letter of a name, search folding.
 */

/** "Familienzentrum Am Hafen e. V." → "familienzentrum-am-hafen-e-v" */
export function slugify(text: string, fallback = 'eintrag'): string {
	const slug = text
		.toLowerCase()
		.replace(/ä/g, 'ae')
		.replace(/ö/g, 'oe')
		.replace(/ü/g, 'ue')
		.replace(/ß/g, 'ss')
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 80)
		.replace(/-+$/g, '');
	return slug || fallback;
}

/** Plain text (blank line = new paragraph) → safe HTML of <p> and <br>. */
export function textToHtml(text: string): string {
	return text
		.replace(/\r\n?/g, '\n')
		.split(/\n\s*\n/)
		.map((part) => part.trim())
		.filter(Boolean)
		.map((part) => `<p>${escapeHtml(part).replace(/\n/g, '<br>')}</p>`)
		.join('\n');
}

/** The HTML textToHtml makes → the plain text it came from (for editing). */
export function htmlToPlain(html: string): string {
	return html
		.replace(/<br\s*\/?>/gi, '\n')
		.replace(/<\/p>\s*<p>/gi, '\n\n')
		.replace(/<[^>]*>/g, '')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&')
		.trim();
}

/** For search: lower case, umlauts and accents folded ("Müller" finds "muller" and "mueller"). */
export function fold(text: string): string {
	return text
		.toLowerCase()
		.replace(/ä/g, 'a')
		.replace(/ö/g, 'o')
		.replace(/ü/g, 'u')
		.replace(/ß/g, 'ss')
		.replace(/ae/g, 'a')
		.replace(/oe/g, 'o')
		.replace(/ue/g, 'u')
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '');
}

/** The letter under which a name is listed A–Z (shared with the page). */
export { indexLetter } from '../../partners/letters.ts';

const collator = new Intl.Collator('de', { sensitivity: 'base', numeric: true });

/** Names sorted as a German reader expects (umlauts with their base letter, case ignored). */
export function compareNames(a: string, b: string): number {
	return collator.compare(a, b);
}
