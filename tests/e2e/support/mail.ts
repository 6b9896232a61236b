// The mails the app sent, read from the real SMTP server started by globalSetup.
import { inject } from 'vitest';

export interface Mail {
	to: string[];
	from: string;
	subject: string;
	text: string;
	html: string;
	attachments: { filename: string; contentType: string; size: number }[];
}

export async function allMails(): Promise<Mail[]> {
	const response = await fetch(inject('mailUrl') + '/mails');
	return (await response.json()) as Mail[];
}

/** Waits until a mail to `to` (and with a matching subject) has arrived. */
export async function waitForMail(to: string, subject?: RegExp, timeoutMs = 60000): Promise<Mail> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const mails = await allMails();
		const found = mails.find(
			(m) => m.to.includes(to.toLowerCase()) && (!subject || subject.test(m.subject))
		);
		if (found) return found;
		if (Date.now() > deadline) {
			throw new Error(
				`No mail to ${to} ${subject ?? ''}; got: ${mails.map((m) => `${m.to.join(',')}: ${m.subject}`).join(' | ') || 'none'}`
			);
		}
		await new Promise((resolve) => setTimeout(resolve, 150));
	}
}
