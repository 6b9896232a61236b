import type { Mailer } from '../../mail/mailer.ts';

/*
 * Mails of submission and moderation: plain, friendly German in the Sie-Form. Staff mails are
 * German; mails to people who reported an event follow the language they used.
 */

interface Common {
	allianceName: string;
	replyTo?: string;
}

export async function sendSubmissionConfirmation(
	mailer: Mailer,
	to: string,
	d: Common & {
		name: string;
		title: string;
		when: string;
		confirmUrl: string;
		locale: 'de' | 'en';
		validHours: number;
	}
): Promise<void> {
	const en = d.locale === 'en';
	await mailer.send({
		to,
		fromName: d.allianceName,
		replyTo: d.replyTo,
		subject: en
			? `Please confirm: your event “${d.title}”`
			: `Bitte bestätigen: Ihr Termin „${d.title}“`,
		text: en
			? `Hello ${d.name},

thank you for telling us about your event:

${d.title}
${d.when}

Please confirm with this link that the email address is yours:
${d.confirmUrl}

The link is valid for ${d.validHours} hours. After that, the team of ${d.allianceName} looks at the event and publishes it in the calendar – we will let you know.

If you did not send this, simply ignore this email; nothing will happen.

Kind regards
${d.allianceName}`
			: `Guten Tag ${d.name},

vielen Dank, dass Sie uns Ihren Termin melden:

${d.title}
${d.when}

Bitte bestätigen Sie mit diesem Link, dass die E-Mail-Adresse Ihnen gehört:
${d.confirmUrl}

Der Link gilt ${d.validHours} Stunden. Danach schaut sich das Team des Bündnisses „${d.allianceName}“ den Termin an und veröffentlicht ihn im Kalender – wir geben Ihnen Bescheid.

Falls Sie das nicht waren, ignorieren Sie diese E-Mail einfach; dann passiert nichts.

Freundliche Grüße
${d.allianceName}`
	});
}

/** To the coordinators: something waits for their approval. */
export async function sendModerationNotice(
	mailer: Mailer,
	to: string,
	d: Common & { title: string; when: string; from: string; queueUrl: string; changed?: boolean }
): Promise<void> {
	await mailer.send({
		to,
		fromName: d.allianceName,
		subject: d.changed
			? `Geänderter Termin wartet auf Freigabe: ${d.title}`
			: `Neuer Termin wartet auf Freigabe: ${d.title}`,
		text: `Guten Tag,

${d.changed ? 'ein bereits veröffentlichter Termin wurde geändert und wartet wieder' : 'ein neuer Termin wartet'} auf Ihre Freigabe:

${d.title}
${d.when}
Von: ${d.from}

Sie können ihn hier ansehen, bearbeiten, freigeben oder ablehnen:
${d.queueUrl}

Freundliche Grüße
${d.allianceName}`
	});
}

export async function sendEventApproved(
	mailer: Mailer,
	to: string,
	d: Common & { name: string; title: string; when: string; eventUrl: string; locale: 'de' | 'en' }
): Promise<void> {
	const en = d.locale === 'en';
	await mailer.send({
		to,
		fromName: d.allianceName,
		replyTo: d.replyTo,
		subject: en ? `Published: ${d.title}` : `Ihr Termin ist veröffentlicht: ${d.title}`,
		text: en
			? `Hello ${d.name},

good news: your event is now in the calendar of ${d.allianceName}.

${d.title}
${d.when}
${d.eventUrl}

Thank you for contributing!
${d.allianceName}`
			: `Guten Tag ${d.name},

gute Nachricht: Ihr Termin steht jetzt im Kalender des Bündnisses „${d.allianceName}“.

${d.title}
${d.when}
${d.eventUrl}

Vielen Dank, dass Sie mitmachen!
${d.allianceName}`
	});
}

export async function sendEventRejected(
	mailer: Mailer,
	to: string,
	d: Common & { name: string; title: string; when: string; reason: string; locale: 'de' | 'en' }
): Promise<void> {
	const en = d.locale === 'en';
	await mailer.send({
		to,
		fromName: d.allianceName,
		replyTo: d.replyTo,
		subject: en ? `Not published: ${d.title}` : `Ihr Termin wurde nicht veröffentlicht: ${d.title}`,
		text: en
			? `Hello ${d.name},

thank you for your event “${d.title}” (${d.when}). Unfortunately we cannot publish it in our calendar. The reason:

${d.reason}

If you have questions, simply reply to this email.

Kind regards
${d.allianceName}`
			: `Guten Tag ${d.name},

vielen Dank für Ihren Termin „${d.title}“ (${d.when}). Leider können wir ihn nicht in unserem Kalender veröffentlichen. Der Grund:

${d.reason}

Wenn Sie Fragen haben, antworten Sie einfach auf diese E-Mail.

Freundliche Grüße
${d.allianceName}`
	});
}

/** To the coordinators: a calendar import brought new events that wait for approval. */
export async function sendImportNotice(
	mailer: Mailer,
	to: string,
	d: Common & { feedName: string; count: number; queueUrl: string }
): Promise<void> {
	await mailer.send({
		to,
		fromName: d.allianceName,
		subject: `${d.count === 1 ? 'Ein neuer Termin' : `${d.count} neue Termine`} aus „${d.feedName}“ warten auf Freigabe`,
		text: `Guten Tag,

der abonnierte Kalender „${d.feedName}“ hat ${d.count === 1 ? 'einen neuen Termin' : `${d.count} neue Termine`} gebracht. Sie warten auf Ihre Freigabe:
${d.queueUrl}

Wenn Sie diesem Kalender vertrauen, können Sie in den Einstellungen des Abonnements festlegen, dass neue Termine sofort veröffentlicht werden.

Freundliche Grüße
${d.allianceName}`
	});
}
