import type { MailAttachment } from './mailer.ts';
import { escapeHtml } from '../../escape-html.ts';

/*
 * The HTML part of every mail, made from its plain text (decision 094): the text escaped,
 * web addresses made links, blank lines made paragraphs; above it the alliance's logo at its
 * own aspect ratio (an inline image, cid: — never a remote address: no tracking, and clients
 * that block remote images still show it) or its name as text, a thin rule in its accent
 * colour; below it a footer with its name. The plain text stays the mail's first part.
 */

export interface MailBrand {
	name: string;
	/** #rrggbb: the thin rule under the logo */
	accent: string;
	/** #rrggbb readable on white (AA): the links */
	link: string;
	/** The logo as a PNG (made at twice the size shown) and the size it is shown at */
	logo?: { png: Buffer; width: number; height: number; version: string };
}

const LOGO_CID = 'logo@buendnis.mail';

const DEFAULT_BRAND_COLOR = '#1f5f8b';

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'`]+/g;

/** One line of text: escaped, with http(s) addresses as links (closing punctuation left out). */
function inline(line: string, linkColor: string): string {
	let out = '';
	let last = 0;
	for (const match of line.matchAll(URL_PATTERN)) {
		let url = match[0];
		const trail = /[.,;:!?)\]]+$/.exec(url);
		// A closing bracket belongs to the address when it also opened one inside it.
		if (trail && !(trail[0].startsWith(')') && url.includes('('))) {
			url = url.slice(0, -trail[0].length);
		}
		const start = match.index;
		out += escapeHtml(line.slice(last, start));
		out += `<a href="${escapeHtml(url)}" style="color:${linkColor};text-decoration:underline">${escapeHtml(url)}</a>`;
		last = start + url.length;
	}
	return out + escapeHtml(line.slice(last));
}

/** Plain text → paragraphs (blank lines) with line breaks; a "-- " line starts the signature. */
function textToHtmlBody(text: string, linkColor: string): string {
	const normal = text.replace(/\r\n?/g, '\n').trim();
	const [main, signature] = splitSignature(normal);
	const paragraphs = (part: string, style: string) =>
		part
			.split(/\n[ \t]*\n+/)
			.map((p) => p.trim())
			.filter(Boolean)
			.map(
				(p) =>
					`<p style="${style}">${p
						.split('\n')
						.map((l) => inline(l, linkColor))
						.join('<br>\n')}</p>`
			)
			.join('\n');
	const body = paragraphs(main, 'margin:0 0 16px');
	if (!signature) return body;
	return `${body}\n<div style="margin-top:24px;color:#444;font-size:14px">${paragraphs(signature, 'margin:0 0 8px')}</div>`;
}

function splitSignature(text: string): [string, string] {
	const at = text.search(/\n-- ?\n/);
	if (at < 0) return [text, ''];
	return [text.slice(0, at), text.slice(text.indexOf('\n', at + 1) + 1)];
}

function safeColor(color: string | undefined): string {
	return color && /^#[0-9a-f]{6}$/i.test(color) ? color : DEFAULT_BRAND_COLOR;
}

/**
 * The HTML of a mail and the inline image it references. Without a brand, the sender's name
 * (fromName) is the header.
 */
export function mailHtml(
	message: { subject: string; text: string },
	brand: MailBrand | null,
	fallbackName: string
): { html: string; attachments: MailAttachment[] } {
	const name = brand?.name || fallbackName;
	const accent = safeColor(brand?.accent);
	const link = safeColor(brand?.link);
	const logo = brand?.logo;
	const header = logo
		? `<img src="cid:${LOGO_CID}" width="${logo.width}" height="${logo.height}" alt="${escapeHtml(name)}" style="display:block;border:0;width:${logo.width}px;height:${logo.height}px;max-width:100%">`
		: `<p style="margin:0;font-size:20px;line-height:1.3;font-weight:bold;color:#1a1a1a">${escapeHtml(name)}</p>`;
	const html = `<!doctype html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(message.subject)}</title></head>
<body style="margin:0;padding:0;background:#f4f4f4">
<div style="max-width:600px;margin:0 auto;background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a">
<div style="padding:24px 24px 16px">${header}</div>
<div style="height:4px;background:${accent};font-size:0;line-height:0">&nbsp;</div>
<div style="padding:24px">
${textToHtmlBody(message.text, link)}
</div>
<div style="padding:16px 24px;border-top:1px solid #dddddd;font-size:13px;color:#555555">${escapeHtml(name)}</div>
</div>
</body></html>`;
	const attachments: MailAttachment[] = logo
		? [
				{
					filename: 'logo.png',
					content: logo.png,
					contentType: 'image/png',
					cid: LOGO_CID,
					contentDisposition: 'inline'
				}
			]
		: [];
	return { html, attachments };
}
