// The end-to-end tests' real SMTP server (tests/support/smtp.ts) runs in vitest's main process
// (globalSetup); the tests run in workers. This small HTTP endpoint beside it hands the caught
// mails to the tests: GET /mails → JSON, POST /clear.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { TestSmtp } from '../../support/smtp.ts';

export interface MailCatcher {
	smtpPort: number;
	url: string;
	stop(): Promise<void>;
}

export async function startMailCatcher(port = 0): Promise<MailCatcher> {
	const smtp = await new TestSmtp().start();
	const server = http.createServer((req, res) => {
		if (req.method === 'GET' && req.url === '/mails') {
			const body = smtp.mails.map((m) => ({
				to: m.to,
				from: m.from,
				subject: m.subject,
				text: m.text,
				html: m.html,
				attachments: m.attachments.map((a) => ({
					filename: a.filename,
					contentType: a.contentType,
					size: a.content.length
				}))
			}));
			res.setHeader('content-type', 'application/json');
			res.end(JSON.stringify(body));
		} else if (req.method === 'POST' && req.url === '/clear') {
			smtp.clear();
			res.end('ok');
		} else {
			res.statusCode = 404;
			res.end();
		}
	});
	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
	const { port: httpPort } = server.address() as AddressInfo;
	return {
		smtpPort: smtp.port,
		url: `http://127.0.0.1:${httpPort}`,
		async stop() {
			await new Promise<void>((resolve) => server.close(() => resolve()));
			await smtp.stop();
		}
	};
}
