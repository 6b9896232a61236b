import type { Mailer } from '../../mail/mailer.ts';

/*
 * Mails to people who registered for an event: plain, friendly German in the Sie-Form (or
 * English when they used the English site). Each carries the link to see or cancel the
 * registration; a confirmed place also carries the date as an .ics file.
 */

export interface RegistrationMailData {
	locale: 'de' | 'en';
	allianceName: string;
	replyTo?: string;
	name: string;
	title: string;
	when: string;
	place: string;
	adults: number;
	children: number;
	eventUrl: string;
	manageUrl: string;
	ics?: string;
}

function persons(d: RegistrationMailData): string {
	if (d.locale === 'en') {
		const a = `${d.adults} ${d.adults === 1 ? 'adult' : 'adults'}`;
		const c = `${d.children} ${d.children === 1 ? 'child' : 'children'}`;
		return d.children ? `${a}, ${c}` : a;
	}
	const a = `${d.adults} ${d.adults === 1 ? 'Erwachsene Person' : 'Erwachsene'}`;
	const c = `${d.children} ${d.children === 1 ? 'Kind' : 'Kinder'}`;
	if (!d.adults) return c;
	return d.children ? `${a}, ${c}` : a;
}

function details(d: RegistrationMailData): string {
	const lines =
		d.locale === 'en'
			? [
					`Event: ${d.title}`,
					`When: ${d.when}`,
					d.place ? `Where: ${d.place}` : '',
					`Persons: ${persons(d)}`
				]
			: [
					`Termin: ${d.title}`,
					`Wann: ${d.when}`,
					d.place ? `Wo: ${d.place}` : '',
					`Personen: ${persons(d)}`
				];
	return lines.filter(Boolean).join('\n');
}

function attachment(d: RegistrationMailData) {
	return d.ics
		? [
				{
					filename: 'termin.ics',
					content: d.ics,
					contentType: 'text/calendar; charset=utf-8; method=PUBLISH'
				}
			]
		: undefined;
}

/** A confirmed place — after registering, or after moving up from the waiting list. */
export async function sendRegistrationConfirmed(
	mailer: Mailer,
	to: string,
	d: RegistrationMailData,
	options: { promoted?: boolean } = {}
): Promise<void> {
	const en = d.locale === 'en';
	const subject = en
		? `${options.promoted ? 'Good news – you have a place' : 'Registration confirmed'}: ${d.title}`
		: `${options.promoted ? 'Gute Nachricht – Sie haben einen Platz' : 'Ihre Anmeldung ist bestätigt'}: ${d.title}`;
	const intro = en
		? options.promoted
			? 'a place has become free and you have moved up from the waiting list. Your place is confirmed:'
			: 'thank you for registering! Your place is confirmed:'
		: options.promoted
			? 'es ist ein Platz frei geworden, und Sie sind von der Warteliste nachgerückt. Ihr Platz ist jetzt fest für Sie reserviert:'
			: 'vielen Dank für Ihre Anmeldung! Ihr Platz ist für Sie reserviert:';
	const text = en
		? `Hello ${d.name},

${intro}

${details(d)}

More about the event: ${d.eventUrl}
The attached file puts the date into your calendar.

If you cannot come, please cancel here so that someone else can have your place:
${d.manageUrl}

We look forward to seeing you!
${d.allianceName}`
		: `Guten Tag ${d.name},

${intro}

${details(d)}

Mehr zum Termin: ${d.eventUrl}
Mit der angehängten Datei können Sie den Termin in Ihren Kalender übernehmen.

Falls Sie doch nicht kommen können, melden Sie sich bitte hier ab – dann kann jemand anderes Ihren Platz bekommen:
${d.manageUrl}

Wir freuen uns auf Sie!
${d.allianceName}`;
	await mailer.send({
		to,
		fromName: d.allianceName,
		replyTo: d.replyTo,
		subject,
		text,
		attachments: attachment(d)
	});
}

export async function sendRegistrationWaitlisted(
	mailer: Mailer,
	to: string,
	d: RegistrationMailData
): Promise<void> {
	const en = d.locale === 'en';
	const text = en
		? `Hello ${d.name},

thank you for your interest! The event is fully booked at the moment, so we have put you on the waiting list:

${details(d)}

If a place becomes free, you move up automatically and we will let you know by email straight away.

You can take yourself off the waiting list here:
${d.manageUrl}

Kind regards
${d.allianceName}`
		: `Guten Tag ${d.name},

vielen Dank für Ihr Interesse! Der Termin ist im Moment leider ausgebucht. Wir haben Sie deshalb auf die Warteliste gesetzt:

${details(d)}

Sobald ein Platz frei wird, rücken Sie automatisch nach – wir schreiben Ihnen dann sofort.

Hier können Sie sich von der Warteliste wieder abmelden:
${d.manageUrl}

Freundliche Grüße
${d.allianceName}`;
	await mailer.send({
		to,
		fromName: d.allianceName,
		replyTo: d.replyTo,
		subject: en ? `Waiting list: ${d.title}` : `Sie stehen auf der Warteliste: ${d.title}`,
		text
	});
}

export async function sendRegistrationCancelled(
	mailer: Mailer,
	to: string,
	d: RegistrationMailData,
	options: { byOrganiser?: boolean } = {}
): Promise<void> {
	const en = d.locale === 'en';
	const reason = en
		? options.byOrganiser
			? 'the organisers have cancelled your registration for this event:'
			: 'you have cancelled your registration. Thank you for letting us know!'
		: options.byOrganiser
			? 'das Veranstaltungsteam hat Ihre Anmeldung für diesen Termin storniert:'
			: 'Sie haben sich abgemeldet. Vielen Dank, dass Sie uns Bescheid gegeben haben!';
	const text = en
		? `Hello ${d.name},

${reason}

${details(d)}

If you have any questions, simply reply to this email.

Kind regards
${d.allianceName}`
		: `Guten Tag ${d.name},

${reason}

${details(d)}

Wenn Sie Fragen haben, antworten Sie einfach auf diese E-Mail.

Freundliche Grüße
${d.allianceName}`;
	await mailer.send({
		to,
		fromName: d.allianceName,
		replyTo: d.replyTo,
		subject: en ? `Registration cancelled: ${d.title}` : `Abmeldung bestätigt: ${d.title}`,
		text
	});
}

/** The event (or this date) does not take place. */
export async function sendEventCancelledNotice(
	mailer: Mailer,
	to: string,
	d: RegistrationMailData & { reason: string }
): Promise<void> {
	const en = d.locale === 'en';
	const reason = d.reason.trim()
		? en
			? `\nThe reason: ${d.reason.trim()}\n`
			: `\nDer Grund: ${d.reason.trim()}\n`
		: '';
	const text = en
		? `Hello ${d.name},

we are sorry: the event you registered for does not take place.

${details(d)}
${reason}
You do not need to do anything. More dates and events: ${d.eventUrl}

Kind regards
${d.allianceName}`
		: `Guten Tag ${d.name},

leider müssen wir Ihnen mitteilen: Der Termin, für den Sie sich angemeldet haben, fällt aus.

${details(d)}
${reason}
Sie müssen nichts weiter tun. Weitere Termine finden Sie hier: ${d.eventUrl}

Freundliche Grüße
${d.allianceName}`;
	await mailer.send({
		to,
		fromName: d.allianceName,
		replyTo: d.replyTo,
		subject: en ? `Cancelled: ${d.title}` : `Der Termin fällt aus: ${d.title}`,
		text
	});
}
