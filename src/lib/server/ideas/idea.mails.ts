import type { Mailer } from '../mail/mailer.ts';

/*
 * Mails of the ideas board, German or English as the visitor chose. The confirmation mails
 * carry only a link, never what was typed (no mail cannon; see decision 055).
 */

interface Site {
	allianceName: string;
	replyTo?: string;
	locale: 'de' | 'en';
}

export async function sendIdeaConfirmMail(mailer: Mailer, to: string, site: Site, url: string) {
	const de = site.locale !== 'en';
	await mailer.send({
		to,
		fromName: site.allianceName,
		replyTo: site.replyTo,
		subject: de ? 'Bitte bestätigen Sie Ihre Idee' : 'Please confirm your idea',
		text: de
			? `Guten Tag,

schön, dass Sie eine Idee für ${site.allianceName} haben! Bitte bestätigen Sie mit diesem Link, dass sie von Ihnen kommt:
${url}

Danach schaut das Koordinierungsteam sie kurz an und stellt sie auf die Ideenseite. Wir schreiben Ihnen, wenn es eine Antwort gibt.

Sie haben keine Idee eingereicht? Dann ignorieren Sie diese Mail einfach; es passiert nichts.

Freundliche Grüße
${site.allianceName}`
			: `Hello,

great that you have an idea for ${site.allianceName}! Please confirm with this link that it comes from you:
${url}

The coordination team will then take a short look and put it on the ideas page. We will write to you when there is an answer.

You did not send an idea? Then simply ignore this mail; nothing happens.

Kind regards
${site.allianceName}`
	});
}

export async function sendSupportConfirmMail(mailer: Mailer, to: string, site: Site, url: string) {
	const de = site.locale !== 'en';
	await mailer.send({
		to,
		fromName: site.allianceName,
		replyTo: site.replyTo,
		subject: de ? 'Bitte bestätigen Sie Ihre Unterstützung' : 'Please confirm your support',
		text: de
			? `Guten Tag,

Sie möchten eine Idee auf der Website von ${site.allianceName} unterstützen. Bitte bestätigen Sie das mit diesem Link:
${url}

Jede Adresse zählt einmal je Idee. Ihre Adresse speichern wir dafür nicht, nur eine unumkehrbare Prüfsumme.

Sie wollten nichts unterstützen? Dann ignorieren Sie diese Mail einfach.

Freundliche Grüße
${site.allianceName}`
			: `Hello,

you would like to support an idea on the website of ${site.allianceName}. Please confirm with this link:
${url}

Each address counts once per idea. We do not store your address for this, only an irreversible checksum.

You did not want to support anything? Then simply ignore this mail.

Kind regards
${site.allianceName}`
	});
}

export async function sendIdeaAnsweredMail(
	mailer: Mailer,
	to: string,
	site: Site,
	d: { title: string; status: string; url: string }
) {
	const de = site.locale !== 'en';
	await mailer.send({
		to,
		fromName: site.allianceName,
		replyTo: site.replyTo,
		subject: de ? `Neuigkeiten zu Ihrer Idee „${d.title}“` : `News about your idea “${d.title}”`,
		text: de
			? `Guten Tag,

zu Ihrer Idee „${d.title}“ gibt es Neuigkeiten. Stand: ${d.status}.

Die Antwort des Bündnisses lesen Sie hier:
${d.url}

Vielen Dank, dass Sie mitdenken!
${site.allianceName}`
			: `Hello,

there is news about your idea “${d.title}”. Status: ${d.status}.

Read the alliance's answer here:
${d.url}

Thank you for thinking along!
${site.allianceName}`
	});
}

export async function sendIdeaToModerateMail(
	mailer: Mailer,
	to: string,
	d: { allianceName: string; title: string; url: string }
) {
	await mailer.send({
		to,
		fromName: d.allianceName,
		subject: `Neue Idee zum Freigeben: ${d.title}`,
		text: `Guten Tag,

auf der Ideenseite wartet eine neue, bestätigte Idee auf Ihre Freigabe: „${d.title}“.

${d.url}`
	});
}
