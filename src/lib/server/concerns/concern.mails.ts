import type { Mailer } from '../mail/mailer.ts';

/*
 * Mails of the contact point: plain, friendly German in the Sie-Form (English where the family
 * wrote on the English site). Mails to the family never repeat what was typed into the public
 * form (issue 7.6): they carry only the reference, the status link and the alliance's own answer.
 */

type Locale = 'de' | 'en';

export interface FamilySite {
	allianceName: string;
	replyTo?: string;
	locale: Locale;
}

export async function sendStatusLinkMail(
	mailer: Mailer,
	to: string,
	site: FamilySite,
	d: { reference: string; statusUrl: string }
): Promise<void> {
	const de = site.locale !== 'en';
	await mailer.send({
		to,
		fromName: site.allianceName,
		replyTo: site.replyTo,
		subject: de
			? `Ihr Anliegen ${d.reference} ist angekommen`
			: `Your concern ${d.reference} has arrived`,
		text: de
			? `Guten Tag,

vielen Dank, dass Sie sich an ${site.allianceName} gewandt haben. Ihr Anliegen ist bei uns angekommen.

Ihre Vorgangsnummer: ${d.reference}

Unter diesem Link sehen Sie jederzeit, wie weit wir sind, lesen unsere Antworten und können etwas ergänzen:
${d.statusUrl}

Der Link ist nur für Sie bestimmt – bitte geben Sie ihn nicht weiter.

Sie haben uns nicht geschrieben? Dann hat jemand Ihre Adresse angegeben. Sie müssen nichts tun; wir schreiben Ihnen nur, wenn es eine Antwort gibt.

Freundliche Grüße
${site.allianceName}`
			: `Hello,

thank you for contacting ${site.allianceName}. Your concern has reached us.

Your reference number: ${d.reference}

This link shows you at any time how far we are, our answers, and lets you add something:
${d.statusUrl}

The link is meant only for you – please do not pass it on.

You did not write to us? Then someone entered your address. You need not do anything; we only write again when there is an answer.

Kind regards
${site.allianceName}`
	});
}

export async function sendAnswerMail(
	mailer: Mailer,
	to: string,
	site: FamilySite,
	d: { reference: string; statusUrl: string; answer: string; from: string }
): Promise<void> {
	const de = site.locale !== 'en';
	await mailer.send({
		to,
		fromName: site.allianceName,
		replyTo: site.replyTo,
		subject: de
			? `Antwort auf Ihr Anliegen ${d.reference}`
			: `An answer to your concern ${d.reference}`,
		text: de
			? `Guten Tag,

auf Ihr Anliegen ${d.reference} gibt es eine Antwort von ${d.from}:

${d.answer}

Auf Ihrer Statusseite finden Sie alle Antworten und können uns dort auch etwas ergänzen:
${d.statusUrl}

Freundliche Grüße
${site.allianceName}`
			: `Hello,

there is an answer to your concern ${d.reference} from ${d.from}:

${d.answer}

Your status page shows every answer, and you can add something there:
${d.statusUrl}

Kind regards
${site.allianceName}`
	});
}

/** To the alliance: a new concern (with its text: it is for the people who answer it). */
export async function sendNewConcernNotice(
	mailer: Mailer,
	to: string,
	d: { allianceName: string; reference: string; category: string; message: string; url: string }
): Promise<void> {
	await mailer.send({
		to,
		fromName: d.allianceName,
		subject: `Neues Anliegen ${d.reference}: ${d.category}`,
		text: `Guten Tag,

über die Website ist ein neues Anliegen eingegangen (${d.category}):

${d.message}

Bearbeiten und beantworten Sie es hier:
${d.url}

Antworten Sie bitte über die Plattform, nicht per E-Mail: So sieht die Familie Ihre Antwort auch auf ihrer Statusseite.`
	});
}

export async function sendFollowUpNotice(
	mailer: Mailer,
	to: string,
	d: { allianceName: string; reference: string; url: string }
): Promise<void> {
	await mailer.send({
		to,
		fromName: d.allianceName,
		subject: `Neue Nachricht zum Anliegen ${d.reference}`,
		text: `Guten Tag,

zum Anliegen ${d.reference} hat die Familie etwas ergänzt. Sie finden es hier:
${d.url}`
	});
}

export async function sendRoutedNotice(
	mailer: Mailer,
	to: string,
	d: { allianceName: string; reference: string; category: string; url: string }
): Promise<void> {
	await mailer.send({
		to,
		fromName: d.allianceName,
		subject: `Ein Anliegen für Sie: ${d.reference}`,
		text: `Guten Tag,

das Koordinierungsteam von ${d.allianceName} hat Ihnen ein Anliegen weitergeleitet (${d.category}). Bitte lesen und beantworten Sie es im internen Bereich:
${d.url}

Ihre Antwort geht direkt an die Familie und erscheint auf ihrer Statusseite.`
	});
}

export async function sendReminderMail(
	mailer: Mailer,
	to: string,
	d: { allianceName: string; days: number; items: { reference: string; url: string }[] }
): Promise<void> {
	const list = d.items.map((i) => `- ${i.reference}: ${i.url}`).join('\n');
	await mailer.send({
		to,
		fromName: d.allianceName,
		subject:
			d.items.length === 1
				? `Ein Anliegen wartet seit ${d.days} Tagen auf Antwort`
				: `${d.items.length} Anliegen warten seit ${d.days} Tagen auf Antwort`,
		text: `Guten Tag,

diese Anliegen warten seit mindestens ${d.days} Tagen auf eine Antwort:

${list}

Schon eine kurze Zwischennachricht hilft der Familie weiter.`
	});
}
