import sanitizeHtml from 'sanitize-html';
import type { MailMessage, Mailer } from '../mail/mailer.ts';

/*
 * Mails of the newsletter, German or English as the subscriber chose. Every mail has a
 * plain-text part; every issue carries an unsubscribe link in its text and the headers
 * List-Unsubscribe and List-Unsubscribe-Post (RFC 8058) for one-click unsubscribing. No
 * tracking: no pixels, no redirected links — links point straight at their target.
 */

interface Site {
	allianceName: string;
	siteUrl: string;
	replyTo?: string;
	locale: 'de' | 'en';
}

export async function sendNewsletterConfirmMail(
	mailer: Mailer,
	to: string,
	site: Site,
	url: string
) {
	const de = site.locale !== 'en';
	await mailer.send({
		to,
		fromName: site.allianceName,
		replyTo: site.replyTo,
		subject: de
			? 'Bitte bestätigen Sie Ihr Newsletter-Abo'
			: 'Please confirm your newsletter subscription',
		text: de
			? `Guten Tag,

schön, dass Sie den Newsletter von ${site.allianceName} lesen möchten! Bitte bestätigen Sie Ihre Anmeldung mit diesem Link (auf der Seite klicken Sie dann auf „Anmeldung bestätigen“):
${url}

Sie haben keinen Newsletter bestellt? Dann ignorieren Sie diese Mail einfach. Ohne Bestätigung schicken wir Ihnen nichts und löschen Ihre Adresse nach wenigen Tagen.

Freundliche Grüße
${site.allianceName}`
			: `Hello,

great that you would like to read the newsletter of ${site.allianceName}! Please confirm your subscription with this link (on the page, click “Confirm subscription”):
${url}

You did not subscribe? Then simply ignore this mail. Without confirmation we send you nothing and delete your address after a few days.

Kind regards
${site.allianceName}`
	});
}

/** Links and images of the issue point at the alliance's site (mails need absolute addresses). */
function absoluteLinks(html: string, siteUrl: string): string {
	return html.replace(/(href|src)="\/(?!\/)/g, `$1="${siteUrl}/`);
}

function decode(text: string): string {
	return text
		.replace(/&nbsp;/g, ' ')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&');
}

/** The plain-text part: paragraphs kept, links written out after their text. */
function mailText(html: string): string {
	const marked = html
		.replace(/<a\s[^>]*href="([^"]+)"[^>]*>([\s\S]*?)<\/a>/gi, (_m, url: string, label: string) =>
			label.replace(/<[^>]+>/g, '').trim() === url ? url : `${label} (${url})`
		)
		.replace(/<li[^>]*>/gi, '\n– ')
		.replace(/<br\s*\/?>/gi, '\n')
		.replace(/<\/(p|h[1-6]|ul|ol|blockquote|table|tr)>/gi, '$&\n\n');
	const stripped = sanitizeHtml(marked, { allowedTags: [], allowedAttributes: {} });
	return decode(stripped)
		.split('\n')
		.map((line) => line.replace(/[ \t]+/g, ' ').trim())
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}

function esc(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}

export interface IssueMailInput {
	subject: string;
	bodyHtml: string;
	allianceName: string;
	siteUrl: string;
	replyTo?: string;
	locale: 'de' | 'en';
	/** Page with the unsubscribe button (in the text) */
	unsubscribePage: string;
	/** One-click endpoint (List-Unsubscribe header) */
	oneClickUrl: string;
	/** "This is a test" line for the coordinator's test mail */
	test?: boolean;
}

/** One issue for one address. */
export function issueMail(to: string, d: IssueMailInput): MailMessage {
	const de = d.locale !== 'en';
	const body = absoluteLinks(d.bodyHtml, d.siteUrl);
	const footerText = de
		? `Sie erhalten diesen Newsletter, weil Sie ihn bei ${d.allianceName} bestellt haben. Abbestellen: ${d.unsubscribePage}`
		: `You receive this newsletter because you subscribed to it at ${d.allianceName}. Unsubscribe: ${d.unsubscribePage}`;
	const archive = `${d.siteUrl}/newsletter/archiv`;
	const testLine = d.test ? (de ? '[Testversand] ' : '[Test] ') : '';
	const text = `${mailText(body)}\n\n-- \n${footerText}\n${de ? 'Alle Ausgaben' : 'All issues'}: ${archive}`;
	const html = `<!doctype html>
<html lang="${de ? 'de' : 'en'}"><head><meta charset="utf-8"><title>${esc(d.subject)}</title></head>
<body style="font-family:sans-serif;line-height:1.5;max-width:40rem;margin:0 auto;padding:1rem;color:#1a1a1a">
<p style="color:#555">${esc(d.allianceName)}</p>
<h1 style="font-size:1.5rem">${esc(d.subject)}</h1>
${body}
<hr>
<p style="font-size:0.9rem;color:#444">${de ? `Sie erhalten diesen Newsletter, weil Sie ihn bei ${esc(d.allianceName)} bestellt haben.` : `You receive this newsletter because you subscribed to it at ${esc(d.allianceName)}.`}
<a href="${esc(d.unsubscribePage)}">${de ? 'Newsletter abbestellen' : 'Unsubscribe'}</a> · <a href="${esc(archive)}">${de ? 'Alle Ausgaben' : 'All issues'}</a></p>
</body></html>`;
	return {
		to,
		fromName: d.allianceName,
		replyTo: d.replyTo,
		subject: testLine + d.subject,
		text,
		html,
		headers: {
			'List-Unsubscribe': `<${d.oneClickUrl}>`,
			'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click'
		}
	};
}
