import fs from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { Logger } from 'pino';

export interface MailAttachment {
	filename: string;
	content: string | Buffer;
	contentType: string;
}

export interface MailMessage {
	to: string;
	subject: string;
	text: string;
	html?: string;
	replyTo?: string;
	/** Display name in From, e.g. the alliance's name */
	fromName?: string;
	attachments?: MailAttachment[];
	/** Extra header lines, e.g. List-Unsubscribe (RFC 2369) and List-Unsubscribe-Post (RFC 8058) */
	headers?: Record<string, string>;
}

export interface Mailer {
	send(message: MailMessage): Promise<void>;
}

export interface MailSettings {
	from: string;
	smtp?: { host: string; port: number; secure: boolean; user?: string; password?: string };
	/** Without SMTP, mails are written here as .eml files. */
	dropDir: string;
}

/** Nodemailer over SMTP, or – without SMTP settings – .eml files in DATA_DIR/mail. */
export function createMailer(settings: MailSettings, log: Logger): Mailer {
	const transport = settings.smtp
		? nodemailer.createTransport({
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

	return {
		async send(message) {
			const info = await transport.sendMail({
				from: { name: message.fromName ?? 'Bündnis', address: settings.from },
				to: message.to,
				replyTo: message.replyTo,
				subject: message.subject,
				text: message.text,
				html: message.html,
				attachments: message.attachments,
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
		}
	};
}
