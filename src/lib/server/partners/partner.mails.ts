import type { Mailer } from '../mail/mailer.ts';

/** The partner network's mails: plain, friendly German in the Sie-Form. */

interface Common {
	allianceName: string;
	/** Address of the alliance's site, e.g. https://buendnis.example or …/b/<slug> */
	siteUrl: string;
	replyTo?: string;
}

export async function sendApplicationReceived(
	mailer: Mailer,
	to: string,
	data: Common & { contactName: string; organisation: string }
): Promise<void> {
	await mailer.send({
		to,
		fromName: data.allianceName,
		replyTo: data.replyTo,
		subject: `Ihre Bewerbung als Bündnispartner bei „${data.allianceName}“`,
		text: `Guten Tag ${data.contactName},

vielen Dank für Ihr Interesse! Ihre Bewerbung für „${data.organisation}“ ist bei uns angekommen.

Das Koordinierungsteam schaut sie sich in den nächsten Tagen an und meldet sich dann bei Ihnen. Wenn alles passt, bekommen Sie eine Einladung, mit der Sie Ihren Zugang einrichten und das Profil Ihrer Organisation selbst pflegen können.

Haben Sie in der Zwischenzeit Fragen? Antworten Sie einfach auf diese E-Mail.

Freundliche Grüße
${data.allianceName}
${data.siteUrl}`
	});
}

export async function sendApplicationNotice(
	mailer: Mailer,
	to: string,
	data: Common & { organisation: string; contactName: string; reviewUrl: string }
): Promise<void> {
	await mailer.send({
		to,
		fromName: data.allianceName,
		subject: `Neue Bewerbung als Bündnispartner: ${data.organisation}`,
		text: `Guten Tag,

„${data.organisation}“ (Ansprechperson: ${data.contactName}) möchte Bündnispartner werden.

Sie können die Bewerbung hier ansehen, annehmen oder ablehnen:
${data.reviewUrl}

Freundliche Grüße
${data.allianceName}`
	});
}

export async function sendApplicationDeclined(
	mailer: Mailer,
	to: string,
	data: Common & { contactName: string; organisation: string; note: string }
): Promise<void> {
	const note = data.note.trim() ? `\n${data.note.trim()}\n` : '';
	await mailer.send({
		to,
		fromName: data.allianceName,
		replyTo: data.replyTo,
		subject: `Ihre Bewerbung bei „${data.allianceName}“`,
		text: `Guten Tag ${data.contactName},

herzlichen Dank, dass Sie sich mit „${data.organisation}“ für unser Bündnis interessieren.

Nach reiflicher Überlegung können wir Ihre Bewerbung als Bündnispartner leider nicht annehmen.
${note}
Über Ihr Engagement für Familien freuen wir uns trotzdem sehr – unsere Veranstaltungen stehen Ihnen jederzeit offen, und gern können Sie uns auch auf anderen Wegen unterstützen. Wenn Sie Fragen haben, antworten Sie einfach auf diese E-Mail.

Freundliche Grüße
${data.allianceName}
${data.siteUrl}`
	});
}
