import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';

export interface CaughtMail {
	to: string[];
	from: string;
	/** Reply-To address, '' when none */
	replyTo: string;
	subject: string;
	text: string;
	html: string;
	attachments: { filename: string; contentType: string; content: Buffer; cid: string }[];
	/** The message as it came over the wire (headers and MIME parts) */
	raw: string;
	/** Header lines as sent, by lower-case name (e.g. 'list-unsubscribe') */
	headers: Record<string, string>;
}

/** A real SMTP server on a random local port that keeps every mail it receives. */
export class TestSmtp {
	readonly mails: CaughtMail[] = [];
	private server: SMTPServer;
	port = 0;
	private waiters: Array<() => void> = [];
	/** Recipients the server refuses at RCPT TO with 550 (a hard bounce). */
	readonly refuse = new Set<string>();

	constructor() {
		this.server = new SMTPServer({
			authOptional: true,
			// Clients that keep a pooled connection open do not hold stop() up.
			closeTimeout: 500,
			disabledCommands: ['STARTTLS'],
			logger: false,
			onRcptTo: (address, _session, callback) => {
				if (this.refuse.has(address.address.toLowerCase())) {
					const error = new Error('5.1.1 No such user here') as Error & { responseCode: number };
					error.responseCode = 550;
					callback(error);
					return;
				}
				callback();
			},
			onData: (stream, _session, callback) => {
				const chunks: Buffer[] = [];
				stream.on('data', (c: Buffer) => chunks.push(c));
				new Promise<Buffer>((resolve, reject) => {
					stream.on('end', () => resolve(Buffer.concat(chunks)));
					stream.on('error', reject);
				})
					.then(async (raw) => ({ raw, parsed: await simpleParser(raw, { keepCidLinks: true }) }))
					.then(({ raw, parsed }: { raw: Buffer; parsed: ParsedMail }) => {
						const to = [parsed.to]
							.flat()
							.flatMap((a) => (a ? a.value.map((v) => v.address ?? '') : []));
						this.mails.push({
							to,
							from: parsed.from?.value[0]?.address ?? '',
							replyTo: parsed.replyTo?.value[0]?.address ?? '',
							subject: parsed.subject ?? '',
							text: parsed.text ?? '',
							html: typeof parsed.html === 'string' ? parsed.html : '',
							attachments: parsed.attachments.map((a) => ({
								filename: a.filename ?? '',
								contentType: a.contentType,
								content: a.content,
								cid: a.cid ?? ''
							})),
							raw: raw.toString('utf8'),
							headers: Object.fromEntries(
								parsed.headerLines.map((h) => [h.key, h.line.slice(h.line.indexOf(':') + 1).trim()])
							)
						});
						for (const wake of this.waiters.splice(0)) wake();
						callback();
					})
					.catch((error: Error) => callback(error));
			}
		});
	}

	async start(): Promise<this> {
		await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', () => resolve()));
		this.port = (this.server.server.address() as AddressInfo).port;
		return this;
	}

	async stop(): Promise<void> {
		await new Promise<void>((resolve) => this.server.close(() => resolve()));
	}

	clear(): void {
		this.mails.length = 0;
	}

	/** Waits until a mail to `to` (and matching `subject`, if given) has arrived. */
	async waitFor(to: string, subject?: RegExp, timeoutMs = 60000): Promise<CaughtMail> {
		const deadline = Date.now() + timeoutMs;
		for (;;) {
			const found = this.mails.find(
				(m) => m.to.includes(to.toLowerCase()) && (!subject || subject.test(m.subject))
			);
			if (found) return found;
			const left = deadline - Date.now();
			if (left <= 0) {
				throw new Error(
					`No mail to ${to} ${subject ?? ''}; got: ${this.mails.map((m) => `${m.to.join(',')}: ${m.subject}`).join(' | ')}`
				);
			}
			await new Promise<void>((resolve) => {
				const timer = setTimeout(resolve, Math.min(left, 200));
				this.waiters.push(() => {
					clearTimeout(timer);
					resolve();
				});
			});
		}
	}
}
