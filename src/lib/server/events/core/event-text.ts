import sanitizeHtml from 'sanitize-html';

/*
 * Plain-text fields of events (title, place, notes …) never carry markup: tags are dropped
 * (script and style with their content), entities decoded, whitespace tidied. Output escaping
 * still happens where the text is shown (Svelte, ICS, RSS); this is about what is stored.
 */

const DROP_WITH_CONTENT = [
	'script',
	'style',
	'textarea',
	'noscript',
	'iframe',
	'object',
	'svg',
	'template'
];

function stripTags(input: string): string {
	return sanitizeHtml(input, {
		allowedTags: [],
		allowedAttributes: {},
		disallowedTagsMode: 'discard',
		nonTextTags: DROP_WITH_CONTENT
	})
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&nbsp;/g, ' ')
		.replace(/&amp;/g, '&');
}

// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** One line of plain text: no markup, no control characters, single spaces. */
export function cleanLine(input: string): string {
	if (!input) return '';
	const text = /[<&]/.test(input) ? stripTags(input) : input;
	return text.replace(CONTROL, '').replace(/\s+/g, ' ').trim();
}

/** Several lines of plain text: as cleanLine, but line breaks kept (at most one empty line). */
export function cleanText(input: string): string {
	if (!input) return '';
	const text = /[<&]/.test(input) ? stripTags(input) : input;
	return text
		.replace(/\r\n?/g, '\n')
		.replace(CONTROL, '')
		.split('\n')
		.map((line) => line.replace(/\s+/g, ' ').trim())
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}

const UMLAUTS: Record<string, string> = {
	ä: 'ae',
	ö: 'oe',
	ü: 'ue',
	ß: 'ss',
	Ä: 'ae',
	Ö: 'oe',
	Ü: 'ue'
};

/** URL slug from a title: "Elterncafé im Familienzentrum" → "elterncafe-im-familienzentrum". */
export function slugify(title: string): string {
	const slug = title
		.replace(/[äöüßÄÖÜ]/g, (c) => UMLAUTS[c] ?? c)
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 80)
		.replace(/-+$/g, '');
	return slug || 'termin';
}

const ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	'#39': "'",
	nbsp: ' '
};

/**
 * Plain text of rich text that was sanitised on save (our allow-list: no scripts, no comments),
 * for feeds and descriptions: block ends become line breaks, tags go, entities are decoded.
 * Much cheaper than running the sanitiser again; never use it on untrusted HTML.
 */
export function plainFromSanitised(html: string): string {
	if (!html) return '';
	return html
		.replace(/<\/(p|h[2-4]|li|blockquote|tr)>|<br\s*\/?>/gi, '\n')
		.replace(/<[^>]*>/g, '')
		.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_m, e: string) => ENTITIES[e] ?? '')
		.replace(/&#(\d{1,6});/g, (_m, n: string) => String.fromCodePoint(Number(n)))
		.replace(/[ \t]+/g, ' ')
		.replace(/ ?\n ?/g, '\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}
