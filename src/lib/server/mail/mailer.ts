import fs from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { Logger } from 'pino';
import { mailHtml, type MailBrand } from './mail-html.ts';
import { mailAlliance } from './mail-scope.ts';

export interface MailAttachment {
	filename: string;
	content: string | Buffer;
	contentType: string;
	/** Content-ID of an inline image (referenced as cid:… from the HTML part) */
	cid?: string;
	contentDisposition?: 'attachment' | 'inline';
}

export interface MailMessage {
	to: string;
	subject: string;
	text: string;
	/** Own HTML part; without it the mailer makes one from the text (mail-html.ts) */
	html?: string;
	replyTo?: string;
	/** Display name in From, e.g. the alliance's name */
	fromName?: string;
	/** Whose logo and colours the HTML part shows; default: the alliance of the request (mail-scope.ts) */
	allianceId?: string;
	attachments?: MailAttachment[];
	/** Extra header lines, e.g. List-Unsubscribe (RFC 2369) and List-Unsubscribe-Post (RFC 8058) */
	headers?: Record<string, string>;
}

export interface Mailer {
	send(message: MailMessage): Promise<void>;
	/** Closes the pooled SMTP connections (on shutdown); sending after it opens new ones. */
	close?(): void;
}

export interface MailSettings {
	from: string;
	smtp?: {
		host: string;
		port: number;
		secure: boolean;
		user?: string;
		password?: string;
		/** Connections kept open at once (default 3) */
		maxConnections?: number;
	};
	/** Without SMTP, mails are written here as .eml files. */
	dropDir: string;
	/** An alliance's logo and colours for the HTML part (alliances/mail-brand.service.ts) */
	brandOf?: (allianceId: string) => Promise<MailBrand | null>;
}

/** Messages per connection before the pool opens a fresh one (some servers limit a session). */
const MAX_MESSAGES_PER_CONNECTION = 100;

/**
 * Nodemailer over SMTP — pooled: a few connections kept open and reused, so that a batch of
 * mails does not pay a new connection (and TLS handshake) each (decision 095) — or, without
 * SMTP settings, .eml files in DATA_DIR/mail.
 */
export function createMailer(settings: MailSettings, log: Logger): Mailer {
	const makeTransport = () =>
		settings.smtp
			? nodemailer.createTransport({
					pool: true,
					maxConnections: settings.smtp.maxConnections ?? 3,
					maxMessages: MAX_MESSAGES_PER_CONNECTION,
					host: settings.smtp.host,
					port: settings.smtp.port,
					secure: settings.smtp.secure,
					auth: settings.smtp.user
						? { user: settings.smtp.user, pass: settings.smtp.password ?? '' }
						: undefined,
					// Local test servers use self-signed certificates; real servers are verified.
					tls: { rejectUnauthorized: !['127.0.0.1', 'localhost'].includes(settings.smtp.host) }
				})
			: nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
	// Made at the first mail, and again after close().
	let transport: ReturnType<typeof makeTransport> | null = null;

	async function htmlPart(message: MailMessage) {
		if (message.html !== undefined) {
			return { html: message.html, attachments: message.attachments };
		}
		const allianceId = message.allianceId ?? mailAlliance.getStore();
		let brand: MailBrand | null = null;
		if (allianceId && settings.brandOf) {
			try {
				brand = await settings.brandOf(allianceId);
			} catch (error) {
				// A broken logo must not stop a mail: it goes out with the name as text.
				log.warn({ err: error, allianceId }, 'mail brand could not be read');
			}
		}
		const made = mailHtml(message, brand, message.fromName ?? 'Bündnis');
		return { html: made.html, attachments: [...(message.attachments ?? []), ...made.attachments] };
	}

	return {
		async send(message) {
			const { html, attachments } = await htmlPart(message);
			transport ??= makeTransport();
			const info = await transport.sendMail({
				from: { name: message.fromName ?? 'Bündnis', address: settings.from },
				to: message.to,
				replyTo: message.replyTo,
				subject: message.subject,
				text: message.text,
				html,
				attachments,
				headers: message.headers
			});
			if (settings.smtp) {
				log.info({ to: message.to, subject: message.subject }, 'mail sent');
				return;
			}
			await fs.mkdir(settings.dropDir, { recursive: true });
			const stamp = new Date().toISOString().replace(/[:.]/g, '-');
			const file = path.join(
				settings.dropDir,
				`${stamp}-${Math.random().toString(36).slice(2, 8)}.eml`
			);
			await fs.writeFile(file, (info as unknown as { message: Buffer }).message);
			log.info(
				{ to: message.to, subject: message.subject, file },
				'mail written to file (no SMTP configured)'
			);
		},
		close() {
			transport?.close();
			transport = null;
		}
	};
}
