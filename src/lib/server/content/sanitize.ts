import sanitizeHtml from 'sanitize-html';

/*
 * The one gate for rich text (pages, news, welcome text): whatever the editor, a pasted
 * document or a hand-crafted request sends, only this allow-list is stored and shown.
 * See docs/decisions/005-sanitiser.md.
 */

export interface SanitizeResult {
	html: string;
	/** Images removed because they had no alternative text (the form says so). */
	imagesWithoutAlt: number;
	/** Images removed because their source is not one of our own files. */
	imagesWithForeignSource: number;
}

const TABLE_SCOPES = new Set(['row', 'col', 'rowgroup', 'colgroup']);

/** Sources an image may have: our own files, addressed by a path (never another host, never data:). */
export function isOwnImageSource(src: string): boolean {
	const value = src.trim();
	if (!value || value.startsWith('//') || value.includes('\\')) return false;
	// A scheme (https:, data:, javascript: …) before the first slash means an absolute URL.
	if (/^[a-z][a-z0-9+.-]*:/i.test(value)) return false;
	return /^[A-Za-z0-9/_.~%-]+(\?[A-Za-z0-9=&_.%-]*)?$/.test(value);
}

function isExternal(href: string): boolean {
	return /^https?:\/\//i.test(href.trim());
}

function cleanSpan(value: string | undefined): string | undefined {
	if (!value || !/^\d{1,2}$/.test(value)) return undefined;
	const n = Number(value);
	return n > 1 && n <= 50 ? String(n) : undefined;
}

/** Cleans rich text to the allow-list and reports what had to be taken out. */
export function sanitizeRichText(input: string): SanitizeResult {
	let imagesWithoutAlt = 0;
	let imagesWithForeignSource = 0;
	const html = sanitizeHtml(input ?? '', {
		allowedTags: [
			'h2',
			'h3',
			'h4',
			'p',
			'br',
			'strong',
			'em',
			'u',
			's',
			'a',
			'ul',
			'ol',
			'li',
			'blockquote',
			'img',
			'table',
			'thead',
			'tbody',
			'tr',
			'th',
			'td',
			'hr'
		],
		allowedAttributes: {
			a: ['href', 'rel'],
			img: ['src', 'alt', 'width', 'height'],
			th: ['scope', 'colspan', 'rowspan'],
			td: ['colspan', 'rowspan'],
			ol: ['start']
		},
		allowedSchemes: ['http', 'https', 'mailto', 'tel'],
		allowedSchemesByTag: { img: [] },
		allowedSchemesAppliedToAttributes: ['href', 'src'],
		allowProtocolRelative: false,
		allowedStyles: {},
		parseStyleAttributes: false,
		disallowedTagsMode: 'discard',
		nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'svg'],
		transformTags: {
			h1: 'h2',
			h5: 'h4',
			h6: 'h4',
			b: 'strong',
			i: 'em',
			strike: 's',
			del: 's',
			a: (tagName, attribs) => {
				const out: Record<string, string> = {};
				if (attribs.href) out.href = attribs.href.trim();
				if (out.href && isExternal(out.href)) out.rel = 'noopener noreferrer';
				return { tagName, attribs: out };
			},
			th: (tagName, attribs) => {
				const out: Record<string, string> = {};
				// Header cells without a scope are column headers (the editor makes a header row).
				out.scope = attribs.scope && TABLE_SCOPES.has(attribs.scope) ? attribs.scope : 'col';
				const colspan = cleanSpan(attribs.colspan);
				const rowspan = cleanSpan(attribs.rowspan);
				if (colspan) out.colspan = colspan;
				if (rowspan) out.rowspan = rowspan;
				return { tagName, attribs: out };
			},
			td: (tagName, attribs) => {
				const out: Record<string, string> = {};
				const colspan = cleanSpan(attribs.colspan);
				const rowspan = cleanSpan(attribs.rowspan);
				if (colspan) out.colspan = colspan;
				if (rowspan) out.rowspan = rowspan;
				return { tagName, attribs: out };
			},
			img: (tagName, attribs) => {
				const out: Record<string, string> = {};
				if (attribs.src && isOwnImageSource(attribs.src)) out.src = attribs.src.trim();
				const alt = (attribs.alt ?? '').replace(/\s+/g, ' ').trim();
				if (alt) out.alt = alt;
				for (const dim of ['width', 'height'] as const) {
					const v = attribs[dim];
					if (v && /^\d{1,4}$/.test(v)) out[dim] = v;
				}
				return { tagName, attribs: out };
			}
		},
		exclusiveFilter: (frame) => {
			if (frame.tag !== 'img') return false;
			if (!frame.attribs.src) {
				imagesWithForeignSource++;
				return true;
			}
			if (!frame.attribs.alt) {
				imagesWithoutAlt++;
				return true;
			}
			return false;
		}
	});
	return { html: html.trim(), imagesWithoutAlt, imagesWithForeignSource };
}

/** Plain text of rich text, for summaries, meta descriptions and search. */
export function htmlToText(html: string): string {
	const spaced = html.replace(/<\/(p|h[1-6]|li|td|th|blockquote)>|<br\s*\/?>/gi, '$& ');
	return sanitizeHtml(spaced, { allowedTags: [], allowedAttributes: {} })
		.replace(/&nbsp;/g, ' ')
		.replace(/&amp;/g, '&')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/\s+/g, ' ')
		.trim();
}
